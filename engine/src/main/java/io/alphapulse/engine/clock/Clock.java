package io.alphapulse.engine.clock;

/**
 * The time source and timer service a component sees. Strategies and other components ask the clock
 * for the time and schedule timers through it; they never learn whether it is a {@link
 * SimulatedClock} (backtests) or a {@link WallClock} (live trading).
 *
 * <p>Timers fire on the kernel thread, in order of their scheduled time and, for equal times, in the
 * order they were set. Timer names are unique per clock: setting a timer with a name already in use
 * replaces it.
 */
public interface Clock {

    /** Now, in nanoseconds since the Unix epoch (UTC). Never decreases. */
    long timestampNanos();

    /** Now, in milliseconds since the Unix epoch (UTC). */
    default long timestampMillis() {
        return Math.floorDiv(timestampNanos(), 1_000_000L);
    }

    /**
     * Fires {@code handler} once at {@code alertTimeNanos}. A time already passed fires at the next
     * opportunity (the next time the clock advances).
     */
    void setTimeAlert(String name, long alertTimeNanos, TimerHandler handler);

    /**
     * Fires {@code handler} every {@code intervalNanos}, first at {@code startTimeNanos + intervalNanos},
     * last at or before {@code stopTimeNanos} ({@link #NO_STOP} for none).
     */
    void setTimer(String name, long intervalNanos, long startTimeNanos, long stopTimeNanos, TimerHandler handler);

    /** Cancels the named timer or alert; returns whether one was scheduled. */
    boolean cancelTimer(String name);

    /** When the next timer fires, or {@link Long#MAX_VALUE} when none is scheduled. */
    long nextTimerTimeNanos();

    /** Stop time meaning "repeat until cancelled". */
    long NO_STOP = Long.MAX_VALUE;
}
