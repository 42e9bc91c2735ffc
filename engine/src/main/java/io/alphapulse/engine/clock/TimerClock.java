package io.alphapulse.engine.clock;

import java.util.Objects;

/**
 * Timer bookkeeping shared by the simulated and the wall clock; they differ only in what "now" is.
 * Sealed: the kernel relies on these two being the only clocks whose timers it drives.
 */
public abstract sealed class TimerClock implements Clock permits SimulatedClock, WallClock {

    private final TimerQueue timers = new TimerQueue();
    private TimerDispatcher dispatcher = TimerDispatcher.DIRECT;

    /** Sets how due timers reach their handlers; the kernel calls this once when it takes the clock. */
    public final void setTimerDispatcher(TimerDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public final void setTimeAlert(String name, long alertTimeNanos, TimerHandler handler) {
        timers.schedule(name, alertTimeNanos, 0, alertTimeNanos, handler);
    }

    @Override
    public final void setTimer(
            String name, long intervalNanos, long startTimeNanos, long stopTimeNanos, TimerHandler handler) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("timer interval must be > 0 ns, was " + intervalNanos);
        }
        long first = Math.addExact(startTimeNanos, intervalNanos);
        if (stopTimeNanos < first) {
            throw new IllegalArgumentException(
                    "timer '" + name + "' stops at " + stopTimeNanos + " before its first firing at " + first);
        }
        timers.schedule(name, first, intervalNanos, stopTimeNanos, handler);
    }

    @Override
    public final boolean cancelTimer(String name) {
        return timers.cancel(name);
    }

    @Override
    public final long nextTimerTimeNanos() {
        return timers.nextTimeNanos();
    }

    /** Whether a timer or alert with this name is scheduled. */
    public final boolean hasTimer(String name) {
        return timers.contains(name);
    }

    /**
     * Fires, in order, every timer due at or before {@code timeNanos}, including repetitions and timers
     * that handlers set while this runs. Returns how many fired.
     */
    final int fireTimersUpTo(long timeNanos) {
        int fired = 0;
        TimerQueue.ScheduledTimer due;
        while ((due = timers.pollDue(timeNanos)) != null) {
            beforeFiring(due.dueTimeNanos);
            dispatcher.dispatch(due.handler, new TimerEvent(due.name, due.dueTimeNanos, firingTimeNanos(due)));
            fired++;
        }
        return fired;
    }

    /** Called before each timer fires; the simulated clock moves its time to the timer's time. */
    abstract void beforeFiring(long dueTimeNanos);

    /** The timestamp a firing timer's event carries. */
    abstract long firingTimeNanos(TimerQueue.ScheduledTimer due);
}
