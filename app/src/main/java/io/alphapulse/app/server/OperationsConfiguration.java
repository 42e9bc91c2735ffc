package io.alphapulse.app.server;

import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.app.server.live.LiveTrading;
import io.alphapulse.app.server.live.TradingStatus;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.backup.BackupSchedule;
import io.alphapulse.infra.db.backup.BackupSettings;
import io.alphapulse.infra.db.backup.DatabaseBackup;
import io.alphapulse.infra.db.health.DatabaseHealth;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What keeps the server operable: scheduled backups and the health of the database and of live
 * trading, which {@code /actuator/health} (and with it readiness) reports.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OperationsConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "close")
    BackupSchedule backupSchedule(ServerSettings settings, Database database, Clock clock) {
        ServerSettings.Backup backup = settings.backup();
        BackupSettings backupSettings = new BackupSettings(
                backup.enabled(),
                backup.directory() != null
                        ? backup.directory()
                        : settings.dataDir().resolve("backups"),
                backup.interval(),
                backup.keep());
        if (backupSettings.enabled()) {
            log.info(
                    "Backups every {} into {}, keeping {}",
                    backupSettings.interval(),
                    backupSettings.directory(),
                    backupSettings.keep());
        }
        return BackupSchedule.of(
                backupSettings,
                new DatabaseBackup(database.settings(), clock),
                failure -> log.error("Scheduled backup failed: {}", failure.getMessage()));
    }

    /** UP while a trivial query answers within two seconds. */
    @Bean
    HealthIndicator databaseHealthIndicator(Database database) {
        return () -> {
            DatabaseHealth health = DatabaseHealth.check(database);
            Health.Builder builder = health.isUp() ? Health.up() : Health.down();
            builder.withDetail("vendor", database.vendor().name().toLowerCase(java.util.Locale.ROOT))
                    .withDetail("latencyMillis", health.latency().toMillis());
            if (health.reason() != null) {
                builder.withDetail("reason", health.reason());
            }
            return builder.build();
        };
    }

    /**
     * UP while the kernel runs and the recorder keeps up. A stale feed is reported as a detail but does
     * not take the platform down: a quiet market is not a broken server.
     */
    @Bean
    HealthIndicator tradingHealthIndicator(LiveTrading trading) {
        return () -> {
            TradingStatus status = trading.status();
            boolean stale = status.feeds().stream().anyMatch(TradingStatus.FeedStatus::stale);
            String recorder = trading.recorderFailure().orElse(null);
            boolean up = status.kernelAlive() && recorder == null && trading.isRunning();
            Health.Builder builder = up ? Health.up() : Health.down();
            builder.withDetail("kernelAlive", status.kernelAlive())
                    .withDetail("eventsProcessed", status.eventsProcessed())
                    .withDetail("feedsStale", stale);
            if (recorder != null) {
                builder.withDetail("recorder", recorder);
            }
            return builder.build();
        };
    }
}
