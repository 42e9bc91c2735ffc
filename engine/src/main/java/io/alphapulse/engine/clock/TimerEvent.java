package io.alphapulse.engine.clock;

import io.alphapulse.engine.model.Message;
import java.util.Objects;

/**
 * A timer or time alert that fired.
 *
 * @param name the timer's name
 * @param scheduledTimeNanos when it was due
 * @param timestampNanos when it fired: equal to the scheduled time on a simulated clock, at or after
 *     it on the wall clock
 */
public record TimerEvent(String name, long scheduledTimeNanos, long timestampNanos) implements Message {
    public TimerEvent {
        Objects.requireNonNull(name, "name");
    }
}
