package io.alphapulse.app.server.security.passkeys;

import com.yubico.webauthn.AssertionRequest;
import io.alphapulse.app.server.security.AuthService;
import io.alphapulse.app.server.security.LoginThrottle;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.users.PasskeyRepository;
import io.alphapulse.infra.store.users.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Passkeys: the relying party from {@code alphapulse.security.webauthn.*} ({@link PasskeySettings}), and
 * two ceremony stores, one for registrations and one for logins, so that anonymous login attempts can
 * never fill the registrations' store. Logins are bounded by the per-address login throttle and the
 * store's capacity; registrations also by a few open ones per user.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    /** How long a started ceremony stays open; also the timeout the browser is given. */
    static final Duration CEREMONY_LIFETIME = Duration.ofMinutes(5);
    /** Open ceremonies per store; a new one beyond it is refused with 503. */
    static final int MAX_CEREMONIES = 10_000;
    /** Open registrations per user; starting another discards the user's oldest. */
    static final int MAX_REGISTRATIONS_PER_USER = 5;

    @Bean
    PasskeyRepository passkeyRepository(Database database) {
        return new PasskeyRepository(database);
    }

    @Bean
    PasskeySettings passkeySettings(
            @Value("${alphapulse.security.webauthn.rp-id:localhost}") String relyingPartyId,
            @Value("${alphapulse.security.webauthn.rp-name:AlphaPulse}") String relyingPartyName,
            @Value("${alphapulse.security.webauthn.origins:}") List<String> origins) {
        return new PasskeySettings(relyingPartyId, relyingPartyName, origins);
    }

    @Bean
    Passkeys passkeys(
            PasskeySettings settings,
            PasskeyRepository passkeys,
            UserRepository users,
            AuthService auth,
            LoginThrottle throttle,
            AuditLog audit,
            Clock clock,
            Environment environment) {
        StoredCredentials credentials = new StoredCredentials(passkeys, users);
        LazyRelyingParty relyingParty = new LazyRelyingParty(
                settings,
                credentials,
                () -> environment.getProperty(
                        "local.server.port",
                        Integer.class,
                        environment.getProperty("server.port", Integer.class, 8080)),
                clock);
        return new Passkeys(
                relyingParty,
                credentials,
                passkeys,
                users,
                new CeremonyStore<Passkeys.PendingRegistration>(
                        MAX_CEREMONIES,
                        MAX_REGISTRATIONS_PER_USER,
                        Passkeys.PendingRegistration::userId,
                        CEREMONY_LIFETIME,
                        clock),
                new CeremonyStore<AssertionRequest>(MAX_CEREMONIES, CEREMONY_LIFETIME, clock),
                auth,
                throttle,
                audit,
                clock);
    }
}
