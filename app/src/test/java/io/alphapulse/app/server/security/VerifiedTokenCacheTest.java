package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.app.server.TestClock;
import io.alphapulse.infra.store.users.PasswordHash;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class VerifiedTokenCacheTest {

    private static final User BOB =
            new User(UUID.randomUUID(), "bob", Role.VIEWER, new PasswordHash("$2a$12$x"), Instant.EPOCH, false);

    private final AccessTokens tokens = new AccessTokens(InMemorySigningKeyStore.keySet(), Clock.systemUTC());
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder counting = token -> {
        verifications.incrementAndGet();
        return tokens.decoder().decode(token);
    };

    @Test
    void aTokenIsVerifiedOnce_thenServedFromMemory() {
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, Clock.systemUTC(), (kid, at) -> true);
        String token = tokens.issue(BOB).token();

        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void anyOtherText_isVerifiedInFull_andRefused() {
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, Clock.systemUTC(), (kid, at) -> true);
        String token = tokens.issue(BOB).token();
        cache.decode(token);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> cache.decode(tampered)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredEntry_isNotServed() {
        Instant now = Instant.now();
        TestClock clock = new TestClock(now);
        VerifiedTokenCache cache = new VerifiedTokenCache(counting, clock, (kid, at) -> true);
        String token = tokens.issue(BOB).token();
        cache.decode(token);

        clock.set(now.plus(AccessTokens.LIFETIME).plus(Duration.ofMinutes(5)));

        // The delegate runs again and refuses it (its own clock is real: the token is still valid
        // there), so what matters is that the cache did not answer on its own.
        cache.decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenOfAWithdrawnKey_isNotServed_andIsRefused() {
        Instant now = Instant.now();
        TestClock keyClock = new TestClock(now);
        SigningKeys keys = new SigningKeys(new InMemorySigningKeyStore(), Duration.ofDays(7), keyClock);
        AccessTokens issuer = new AccessTokens(keys, Clock.systemUTC());
        JwtDecoder verifying = token -> {
            verifications.incrementAndGet();
            return issuer.decoder().decode(token);
        };
        VerifiedTokenCache cache = new VerifiedTokenCache(verifying, Clock.systemUTC(), keys::verifies);
        String token = issuer.issue(BOB).token();
        cache.decode(token);

        keys.rotate();
        cache.decode(token);
        assertThat(verifications)
                .as("the replaced key still verifies: served from memory")
                .hasValue(1);

        keyClock.set(now.plus(SigningKeys.RETENTION));
        keys.maintain();

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
