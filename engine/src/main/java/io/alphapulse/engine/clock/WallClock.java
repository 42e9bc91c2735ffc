package io.alphapulse.engine.clock;

import java.util.function.LongSupplier;

/**
 * The real time, for live and paper trading. Readings come from the monotonic {@link System#nanoTime()}
 * anchored to the system's epoch time, so they never go backwards when the system clock is adjusted;
 * the anchor is refreshed once a second and a reading never decreases across a refresh.
 *
 * <p>Timers do not fire by themselves: the live kernel loop calls {@link #fireDueTimers()} and sleeps
 * no longer than {@link #nanosUntilNextTimer()}, so handlers run on the kernel thread.
 */
public final class WallClock extends TimerClock {

    private static final long REANCHOR_INTERVAL_NANOS = 1_000_000_000L;

    private final LongSupplier epochMillis;
    private final LongSupplier monotonicNanos;
    private long anchorEpochNanos;
    private long anchorMonotonicNanos;
    private long lastReadingNanos = Long.MIN_VALUE;

    /** A clock on the system's time. */
    public WallClock() {
        this(System::currentTimeMillis, System::nanoTime);
    }

    /** A clock on the given time sources; for tests. */
    WallClock(LongSupplier epochMillis, LongSupplier monotonicNanos) {
        this.epochMillis = epochMillis;
        this.monotonicNanos = monotonicNanos;
        reanchor();
    }

    @Override
    public long timestampNanos() {
        long monotonic = monotonicNanos.getAsLong();
        if (monotonic - anchorMonotonicNanos >= REANCHOR_INTERVAL_NANOS) {
            reanchor();
            monotonic = anchorMonotonicNanos;
        }
        long reading = anchorEpochNanos + (monotonic - anchorMonotonicNanos);
        if (reading < lastReadingNanos) {
            reading = lastReadingNanos;
        }
        lastReadingNanos = reading;
        return reading;
    }

    /** Fires every timer due now; returns how many fired. */
    public int fireDueTimers() {
        return fireTimersUpTo(timestampNanos());
    }

    /** Nanoseconds until the next timer is due: 0 if one is due, {@link Long#MAX_VALUE} if none. */
    public long nanosUntilNextTimer() {
        long next = nextTimerTimeNanos();
        if (next == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, next - timestampNanos());
    }

    @Override
    void beforeFiring(long dueTimeNanos) {
        // Wall time moves by itself.
    }

    @Override
    long firingTimeNanos(TimerQueue.ScheduledTimer due) {
        return timestampNanos();
    }

    private void reanchor() {
        anchorMonotonicNanos = monotonicNanos.getAsLong();
        anchorEpochNanos = Math.multiplyExact(epochMillis.getAsLong(), 1_000_000L);
    }
}
