package io.alphapulse.infra.marketdata;

import java.time.Instant;

/**
 * Which bars to load by open time: from {@code fromInclusive} up to, not including, {@code
 * toExclusive}; a {@code null} end is open. Only stored bars ({@code db:} specs) can be cut by time.
 *
 * @param fromInclusive the first open time to include, or {@code null} for the first stored bar
 * @param toExclusive the open time to stop before, or {@code null} for after the last stored bar
 */
public record TimeRange(Instant fromInclusive, Instant toExclusive) {

    /** Every bar. */
    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (fromInclusive != null && toExclusive != null && !fromInclusive.isBefore(toExclusive)) {
            throw new IllegalArgumentException(
                    "the range start " + fromInclusive + " must be before its end " + toExclusive);
        }
    }

    public boolean isAll() {
        return fromInclusive == null && toExclusive == null;
    }

    /** {@code from 2024-01-01T00:00:00Z to 2024-02-01T00:00:00Z}, with open ends spelled out. */
    @Override
    public String toString() {
        return "from " + (fromInclusive == null ? "the first bar" : fromInclusive) + " to "
                + (toExclusive == null ? "the last bar" : toExclusive);
    }
}
