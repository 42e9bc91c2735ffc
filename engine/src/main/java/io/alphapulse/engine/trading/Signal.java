package io.alphapulse.engine.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Message;
import java.util.Objects;

/**
 * A strategy's opinion at a moment: a strength in [−1, 1] (positive = long). Published on {@link
 * #TOPIC} for dashboards, storage and the learning allocator, whether or not it leads to an order.
 *
 * @param strategyId who said it
 * @param instrumentId about what
 * @param strength from −1 to +1, never 0 (no opinion is not published)
 * @param timestampNanos when, epoch nanoseconds UTC
 */
public record Signal(String strategyId, InstrumentId instrumentId, double strength, long timestampNanos)
        implements Message {

    /** The bus topic signals are published on. */
    public static final String TOPIC = "signals";

    public Signal {
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(instrumentId, "instrumentId");
        if (!(strength >= -1 && strength <= 1) || strength == 0) {
            throw new IllegalArgumentException("signal strength must be in [-1, 1] and not 0, was " + strength);
        }
    }
}
