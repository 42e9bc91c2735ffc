package io.alphapulse.app.server.secrets;

import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key (from {@code ALPHAPULSE_MASTER_KEY} or {@code <data-dir>/master.key}) and the vault on it. */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

    @Bean
    MasterKey masterKey(ServerSettings settings, @Value("${alphapulse.master-key:}") String configured) {
        MasterKey key = MasterKey.load(configured, settings.dataDir());
        log.info(
                "Exchange secrets are sealed under master key {} ({})",
                key.id(),
                configured.isBlank() ? settings.dataDir().resolve(MasterKey.FILE_NAME) : "ALPHAPULSE_MASTER_KEY");
        return key;
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
