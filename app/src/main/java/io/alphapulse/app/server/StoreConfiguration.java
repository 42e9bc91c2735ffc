package io.alphapulse.app.server;

import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.db.OwnerOnlyFiles;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.outbox.Outbox;
import io.alphapulse.infra.store.trading.FillRepository;
import io.alphapulse.infra.store.trading.OrderRepository;
import io.alphapulse.infra.store.trading.PortfolioSnapshotRepository;
import io.alphapulse.infra.store.trading.PositionRepository;
import io.alphapulse.infra.store.trading.SignalRepository;
import io.alphapulse.infra.store.users.RefreshTokenRepository;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database, migrated on start, and the repositories on it. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    Database database(ServerSettings settings) {
        ServerSettings.Db db = settings.db();
        DatabaseSettings databaseSettings =
                new DatabaseSettings(db.url(), blankToNull(db.user()), blankToNull(db.password()));
        if (databaseSettings.url().startsWith("jdbc:sqlite:")) {
            try {
                OwnerOnlyFiles.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
            }
        }
        Database database = Database.open(databaseSettings);
        int applied = database.migrate();
        log.info(
                "Database {} at schema version {} ({} migration(s) applied)",
                databaseSettings,
                database.schemaVersion(),
                applied);
        return database;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Bean
    UserRepository userRepository(Database database) {
        return new UserRepository(database);
    }

    @Bean
    RefreshTokenRepository refreshTokenRepository(Database database) {
        return new RefreshTokenRepository(database);
    }

    @Bean
    AuditLog auditLog(Database database) {
        return new AuditLog(database);
    }

    @Bean
    BarRepository barRepository(Database database) {
        return BarRepository.on(database);
    }

    @Bean
    Outbox outbox(Database database) {
        return new Outbox(database, java.time.Clock.systemUTC(), Outbox.DEFAULT_LEASE);
    }

    @Bean
    OrderRepository orderRepository(Database database, Outbox outbox) {
        return new OrderRepository(database, outbox);
    }

    @Bean
    FillRepository fillRepository(Database database) {
        return new FillRepository(database);
    }

    @Bean
    PositionRepository positionRepository(Database database) {
        return new PositionRepository(database);
    }

    @Bean
    PortfolioSnapshotRepository portfolioSnapshotRepository(Database database) {
        return new PortfolioSnapshotRepository(database);
    }

    @Bean
    SignalRepository signalRepository(Database database) {
        return new SignalRepository(database);
    }
}
