package io.alphapulse.adapters.permissions;

import java.time.Duration;
import java.util.Objects;

/**
 * How a venue REST client retries: at most {@code maxAttempts} requests; after a timeout, a connection
 * failure or a 5xx it waits {@code initialBackoff}, doubling up to {@code maxBackoff}; after a 429 or 418
 * it waits what {@code Retry-After} says, unless that is longer than {@code maxRetryAfter}, in which case
 * it gives up at once (an IP ban of hours is not worth waiting for at start-up).
 *
 * @param connectTimeout bound on opening the connection
 * @param requestTimeout bound on one request, from sending to the complete answer
 */
public record RetryPolicy(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        Duration connectTimeout,
        Duration requestTimeout) {

    /** Three attempts, 0.5 s then 1 s apart, waiting at most 30 s for {@code Retry-After}; 5 s / 10 s timeouts. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(
            3,
            Duration.ofMillis(500),
            Duration.ofSeconds(4),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** The wait before attempt {@code attempt + 1} after a transient failure of attempt {@code attempt} (1-based). */
    public Duration backoff(int attempt) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** Waits between attempts; tests pass one that records the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper THREAD = duration -> Thread.sleep(duration);
    }
}
