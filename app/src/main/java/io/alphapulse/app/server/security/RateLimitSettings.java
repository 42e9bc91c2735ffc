package io.alphapulse.app.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code alphapulse.security.rate-limit.*} settings: login throttling, the per-user API rate and the
 * largest request body.
 *
 * @param loginAttemptsPerIpPerMinute login attempts one client address may make per minute, refilled
 *     gradually; also the burst
 * @param loginFailuresBeforeLockout failed logins of one account before it is locked
 * @param loginLockout how long the first lockout lasts; each further failure doubles it
 * @param loginMaxLockout the longest lockout
 * @param loginForgetAfter how long an account's failures or an address's bucket is kept while idle
 * @param loginMaxTracked accounts, and separately addresses, tracked at most
 * @param apiPerSecond API requests one user may make per second, sustained; far above what the dashboard
 *     or a trading script needs, but load tests with one user's token must raise it
 * @param apiBurst API requests one user may make at once (a bucket of this size, full at first)
 * @param maxBodySize the largest request body; larger ones are refused with 413
 */
@ConfigurationProperties("alphapulse.security.rate-limit")
public record RateLimitSettings(
        @DefaultValue("20") int loginAttemptsPerIpPerMinute,
        @DefaultValue("5") int loginFailuresBeforeLockout,
        @DefaultValue("30s") Duration loginLockout,
        @DefaultValue("15m") Duration loginMaxLockout,
        @DefaultValue("1h") Duration loginForgetAfter,
        @DefaultValue("100000") int loginMaxTracked,
        @DefaultValue("100") int apiPerSecond,
        @DefaultValue("2000") int apiBurst,
        @DefaultValue("64KB") DataSize maxBodySize) {

    public RateLimitSettings {
        positive(loginAttemptsPerIpPerMinute, "login-attempts-per-ip-per-minute");
        positive(loginFailuresBeforeLockout, "login-failures-before-lockout");
        positive(loginMaxTracked, "login-max-tracked");
        positive(apiPerSecond, "api-per-second");
        positive(apiBurst, "api-burst");
        positive(loginLockout, "login-lockout");
        positive(loginMaxLockout, "login-max-lockout");
        positive(loginForgetAfter, "login-forget-after");
        if (loginMaxLockout.compareTo(loginLockout) < 0) {
            throw new IllegalArgumentException(
                    "alphapulse.security.rate-limit.login-max-lockout must not be shorter than login-lockout");
        }
        if (maxBodySize.toBytes() < 1024) {
            throw new IllegalArgumentException("alphapulse.security.rate-limit.max-body-size must be at least 1KB");
        }
    }

    /** The defaults, as documented above. */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(
                20,
                5,
                Duration.ofSeconds(30),
                Duration.ofMinutes(15),
                Duration.ofHours(1),
                100_000,
                100,
                2000,
                DataSize.ofKilobytes(64));
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("alphapulse.security.rate-limit." + name + " must be at least 1");
        }
    }

    private static void positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("alphapulse.security.rate-limit." + name + " must be positive");
        }
    }
}
