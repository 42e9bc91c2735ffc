package io.alphapulse.app.server.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens whose signature and claims were verified, until they expire, so a client that sends
 * the same access token on every request pays for one ES256 verification instead of one per request
 * (the verification costs about 0.3 ms of CPU, which would cap a 2-core server near 3,000 requests/s).
 *
 * <p>Safe because the key is the whole token text: any other text, a tampered one included, misses and
 * is verified in full. A hit still checks expiry and not-before against the clock, and that the key that
 * signed the token ({@code kid}) still verifies: a token of a withdrawn key is verified again, and
 * refused. Access tokens are not revocable before they expire (they live 15 minutes), so remembering a
 * valid one changes nothing a client could do with it. Bounded at {@link #MAX_ENTRIES}: when full, expired entries are dropped,
 * and if none are, everything is forgotten (the next requests verify again).
 */
final class VerifiedTokenCache implements JwtDecoder {

    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final BiPredicate<String, Instant> trustedKid;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param trustedKid whether a key id still names a key that verifies at the given instant; entries of
     *     other keys are not served
     */
    VerifiedTokenCache(JwtDecoder delegate, Clock clock, BiPredicate<String, Instant> trustedKid) {
        this.delegate = delegate;
        this.clock = clock;
        this.trustedKid = trustedKid;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = token == null ? null : verified.get(token);
        Instant now = clock.instant();
        if (known != null) {
            if (isCurrent(known, now)
                    && trustedKid.test(known.getHeaders().get("kid") instanceof String kid ? kid : null, now)) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = delegate.decode(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !isCurrent(entry, now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
        return jwt;
    }

    private static boolean isCurrent(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null
                && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }

    int size() {
        return verified.size();
    }
}
