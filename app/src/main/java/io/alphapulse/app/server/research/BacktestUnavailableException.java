package io.alphapulse.app.server.research;

/**
 * Backtests cannot be taken now: every worker is busy and the waiting queue is full, or the bar store
 * cannot be read. The API answers 503 with Retry-After.
 */
public final class BacktestUnavailableException extends RuntimeException {

    private final long retryAfterSeconds;

    public BacktestUnavailableException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
