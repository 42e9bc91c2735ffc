package io.alphapulse.engine.clock;

/**
 * A clock that moves only when told to: backtests advance it to each event's time, so that a run
 * depends on its data alone and replays identically.
 *
 * <p>Advancing to time {@code t} first fires, in order, every timer due at or before {@code t}, with
 * the clock reading each timer's own due time while its handler runs; then the clock reads {@code t}.
 */
public final class SimulatedClock extends TimerClock {

    private long nowNanos;

    /** A clock reading {@code startTimeNanos}. */
    public SimulatedClock(long startTimeNanos) {
        this.nowNanos = startTimeNanos;
    }

    @Override
    public long timestampNanos() {
        return nowNanos;
    }

    /**
     * Moves the clock to {@code timeNanos}, firing every timer due up to and including it.
     *
     * @throws IllegalArgumentException if {@code timeNanos} is before the current time
     */
    public void advanceTo(long timeNanos) {
        if (timeNanos < nowNanos) {
            throw new IllegalArgumentException(
                    "simulated time cannot go backwards: now " + nowNanos + ", asked " + timeNanos);
        }
        fireTimersUpTo(timeNanos);
        nowNanos = timeNanos;
    }

    @Override
    void beforeFiring(long dueTimeNanos) {
        // An alert set for a time already passed fires "now", never in the past.
        nowNanos = Math.max(nowNanos, dueTimeNanos);
    }

    @Override
    long firingTimeNanos(TimerQueue.ScheduledTimer due) {
        return nowNanos;
    }
}
