package io.alphapulse.app.server.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brute-force protection of the password login, on two keys that work independently:
 *
 * <ul>
 *   <li><b>Per account</b> (the username as typed, lower-cased, whether or not such a user exists, so the
 *       answer does not tell): after {@code login-failures-before-lockout} failures in a row the account
 *       is locked for {@code login-lockout} (30 s), doubled by each further failure up to {@code
 *       login-max-lockout} (15 min). A successful login clears the count.
 *   <li><b>Per client address</b>: a token bucket of {@code login-attempts-per-ip-per-minute} (20)
 *       attempts, refilled gradually, spent by every attempt that reaches the password check.
 * </ul>
 *
 * <p>While either applies, the attempt is refused before the password is looked at, and the caller is
 * told how long to wait.
 *
 * <p>Trade-off: the account lockout is keyed by the account alone, so it holds from every address: a
 * password guesser spreading over many addresses still gets five guesses per backoff period. The price is
 * that anyone can keep an account locked by failing on purpose; that is why the lockout is short and
 * capped rather than permanent, why it never needs an administrator to lift it, and why the address
 * bucket limits how fast one address can renew it. Hammering user A therefore never locks out user B
 * (different account key) and never blocks other addresses beyond A's current backoff (at most 15
 * minutes); the hammering address itself is throttled for every account by its bucket.
 *
 * <p>State lives in memory only (a restart forgets it) and is bounded: idle entries (no attempt for
 * {@code login-forget-after}, and no running lockout) are swept about once a minute, and at most {@code
 * login-max-tracked} accounts and as many addresses are kept. When a map is full even after a sweep, a
 * new account is not tracked (existing entries, and so every running lockout, are never pushed out by a
 * flood of new names; the address bucket still applies), and new addresses share one overflow bucket.
 */
public final class LoginThrottle {

    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_KEY = 65;

    private final RateLimitSettings settings;
    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();
    private final Address overflow;
    private final AtomicLong nextSweep;

    public LoginThrottle(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
        this.overflow = new Address(newBucket());
        this.nextSweep = new AtomicLong(clock.millis() + SWEEP_INTERVAL.toMillis());
    }

    /**
     * Lets an attempt for {@code username} from {@code address} go on to the password check, spending
     * one attempt of the address; throws when the account or the address is throttled.
     */
    public void admit(String username, String address) throws ThrottledException {
        Instant now = clock.instant();
        sweepIfDue(now);
        Account account = accounts.get(key(username));
        if (account != null) {
            Duration locked = account.lockedFor(now);
            if (locked != null) {
                throw new ThrottledException(locked);
            }
        }
        spend(address, now);
    }

    /**
     * Spends one attempt of {@code address} only, throwing when it has none left: for a login that has no
     * account to lock, such as a passkey login (a passkey's signature cannot be guessed, so its failures do
     * not lock the account; the address bucket still bounds how fast one address can try).
     */
    public void admitAddress(String address) throws ThrottledException {
        Instant now = clock.instant();
        sweepIfDue(now);
        spend(address, now);
    }

    private void spend(String address, Instant now) throws ThrottledException {
        Address source = address(address, now);
        ConsumptionProbe probe = source.bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new ThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Counts a failed password check of {@code username}; the account locks once there are enough. */
    public void failed(String username) {
        Instant now = clock.instant();
        String key = key(username);
        if (!accounts.containsKey(key) && accounts.size() >= settings.loginMaxTracked()) {
            sweep(now);
            if (accounts.size() >= settings.loginMaxTracked()) {
                return;
            }
        }
        accounts.compute(key, (k, account) -> (account == null ? new Account() : account).fail(now, settings));
    }

    /** Clears the failures of {@code username} after a successful login. */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** Accounts and addresses currently tracked. */
    int tracked() {
        return accounts.size() + addresses.size();
    }

    private Address address(String address, Instant now) {
        String key = address == null ? "" : address;
        Address known = addresses.get(key);
        if (known == null) {
            if (addresses.size() >= settings.loginMaxTracked()) {
                sweep(now);
                if (addresses.size() >= settings.loginMaxTracked()) {
                    return overflow;
                }
            }
            known = addresses.computeIfAbsent(key, k -> new Address(newBucket()));
        }
        known.lastSeen = now;
        return known;
    }

    private Bucket newBucket() {
        int perMinute = settings.loginAttemptsPerIpPerMinute();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }

    private void sweepIfDue(Instant now) {
        long due = nextSweep.get();
        if (now.toEpochMilli() >= due && nextSweep.compareAndSet(due, now.toEpochMilli() + SWEEP_INTERVAL.toMillis())) {
            sweep(now);
        }
    }

    private void sweep(Instant now) {
        Instant idleSince = now.minus(settings.loginForgetAfter());
        accounts.values().removeIf(account -> account.idle(now, idleSince));
        addresses.values().removeIf(address -> address.lastSeen.isBefore(idleSince));
    }

    private static String key(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name;
    }

    /** Failures of one account; replaced under {@link ConcurrentHashMap#compute}, read without a lock. */
    private static final class Account {
        private volatile int failures;
        private volatile Instant lockedUntil = Instant.MIN;
        private volatile Instant lastFailure = Instant.MIN;

        Account fail(Instant now, RateLimitSettings settings) {
            failures++;
            lastFailure = now;
            int over = failures - settings.loginFailuresBeforeLockout();
            if (over >= 0) {
                Duration lockout = settings.loginMaxLockout();
                if (over < 31) {
                    Duration doubled = settings.loginLockout().multipliedBy(1L << over);
                    if (doubled.compareTo(lockout) < 0) {
                        lockout = doubled;
                    }
                }
                lockedUntil = now.plus(lockout);
            }
            return this;
        }

        Duration lockedFor(Instant now) {
            Instant until = lockedUntil;
            return now.isBefore(until) ? Duration.between(now, until) : null;
        }

        boolean idle(Instant now, Instant idleSince) {
            return lastFailure.isBefore(idleSince) && !now.isBefore(lockedUntil);
        }
    }

    private static final class Address {
        final Bucket bucket;
        volatile Instant lastSeen = Instant.MIN;

        Address(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    /** Bucket4j's time from our clock, so the buckets follow the same (in tests, fixed) time. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }

    /** The attempt was refused unchecked; {@code retryAfter} is how long to wait. */
    public static final class ThrottledException extends Exception {
        private final Duration retryAfter;

        ThrottledException(Duration retryAfter) {
            super("login throttled", null, false, false);
            this.retryAfter = retryAfter;
        }

        /** How long to wait before trying again. */
        public Duration retryAfter() {
            return retryAfter;
        }

        /** {@link #retryAfter()} in whole seconds, rounded up, at least 1: the {@code Retry-After} value. */
        public long retryAfterSeconds() {
            return LoginThrottle.retryAfterSeconds(retryAfter);
        }
    }

    /** A wait as a {@code Retry-After} value: whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
