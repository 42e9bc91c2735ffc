package io.alphapulse.app.server.secrets;

import io.alphapulse.adapters.binance.BinanceKeyPermissionProbe;
import io.alphapulse.adapters.bybit.BybitKeyPermissionProbe;
import io.alphapulse.adapters.permissions.KeyPermissionProbe;
import io.alphapulse.app.io.DataDirectoryLock;
import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.users.ExchangeCredential;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key (from {@code ALPHAPULSE_MASTER_KEY} or {@code <data-dir>/master.key}) and the vault on it. */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

    /**
     * Held while the server runs, so {@code ./alphapulse master-key rotate} refuses to run beside it (and a
     * second server on the same data directory refuses to start).
     */
    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(ServerSettings settings) {
        return DataDirectoryLock.acquire(settings.dataDir());
    }

    /**
     * The master key, after finishing or rolling back a master-key rotation that was interrupted (see
     * {@link MasterKeyRotation}); nothing opens or seals a secret before this.
     */
    @Bean
    MasterKey masterKey(
            ServerSettings settings,
            @Value("${alphapulse.master-key:}") String configured,
            DataDirectoryLock lock,
            ExchangeCredentialRepository credentials)
            throws SQLException {
        MasterKey key = startupKey(settings.dataDir(), configured, credentials);
        warnAboutUnknownKeys(credentials, key);
        return key;
    }

    /**
     * The configured master key ({@code configured}, else {@code <dataDir>/master.key}), or the rotated one
     * after {@link MasterKeyRotation#recover} finished an interrupted rotation; logs what recovery did.
     */
    static MasterKey startupKey(Path dataDir, String configured, ExchangeCredentialRepository credentials)
            throws SQLException {
        MasterKey key = MasterKey.load(configured, dataDir);
        MasterKeyRotation.KeySource source = MasterKeyRotation.KeySource.of(configured);
        MasterKeyRotation.Recovery recovery =
                new MasterKeyRotation(dataDir, credentials, MasterKeyRotation.Checkpoints.none()).recover(key, source);
        if (recovery.action() != MasterKeyRotation.RecoveryAction.NONE) {
            log.warn("Master key: {}", recovery.message());
        }
        key = recovery.key();
        log.info(
                "Exchange secrets are sealed under master key {} ({})",
                key.id(),
                recovery.action() == MasterKeyRotation.RecoveryAction.ENVIRONMENT_NOT_UPDATED
                        ? dataDir.resolve(MasterKey.NEXT_FILE_NAME)
                        : source == MasterKeyRotation.KeySource.FILE
                                ? dataDir.resolve(MasterKey.FILE_NAME)
                                : "ALPHAPULSE_MASTER_KEY");
        return key;
    }

    private static void warnAboutUnknownKeys(ExchangeCredentialRepository credentials, MasterKey key)
            throws SQLException {
        for (ExchangeCredential credential : credentials.listAll()) {
            if (!credential.masterKeyId().equals(key.id())) {
                log.warn(
                        "Credential {} ({}/{}) is sealed under unknown master key {} and cannot be opened",
                        credential.id(),
                        credential.venue(),
                        credential.label(),
                        credential.masterKeyId());
            }
        }
    }

    /** Binance reports key permissions; {@code alphapulse.venues.binance.rest-url} points elsewhere (a testnet, a fake). */
    @Bean
    KeyPermissionProbe binanceKeyPermissionProbe(
            @Value("${alphapulse.venues.binance.rest-url:https://api.binance.com}") String restUrl) {
        return new BinanceKeyPermissionProbe(restUrl("alphapulse.venues.binance.rest-url", restUrl));
    }

    /** Bybit reports key permissions; {@code alphapulse.venues.bybit.rest-url} points elsewhere. */
    @Bean
    KeyPermissionProbe bybitKeyPermissionProbe(
            @Value("${alphapulse.venues.bybit.rest-url:https://api.bybit.com}") String restUrl) {
        return new BybitKeyPermissionProbe(restUrl("alphapulse.venues.bybit.rest-url", restUrl));
    }

    private static URI restUrl(String property, String value) {
        URI url;
        try {
            url = new URI(value.strip());
        } catch (URISyntaxException bad) {
            throw new IllegalArgumentException(property + " is not a URL: " + bad.getMessage());
        }
        if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException(property + " must be an http(s) URL, was " + value);
        }
        return url;
    }

    @Bean(destroyMethod = "close")
    KeyPermissionCheck keyPermissionCheck(
            List<KeyPermissionProbe> probes,
            CredentialVault vault,
            AuditLog audit,
            Clock clock,
            @Value("${alphapulse.security.key-permission-check.concurrency:2}") int concurrency) {
        return new KeyPermissionCheck(probes, vault, audit, clock, concurrency);
    }

    /** Once the server is ready (never delaying readiness), every stored key is checked in the background. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> keyPermissionStartupCheck(
            KeyPermissionCheck check, ExchangeCredentialRepository credentials) {
        return ready -> {
            try {
                check.checkAll(credentials.listAll());
            } catch (SQLException failed) {
                log.warn("Cannot list the stored exchange credentials for the permission check", failed);
            }
        };
    }

    @Bean
    CredentialVault credentialVault(MasterKey masterKey) {
        return new CredentialVault(masterKey);
    }

    @Bean
    ExchangeCredentialRepository exchangeCredentialRepository(Database database) {
        return new ExchangeCredentialRepository(database);
    }
}
