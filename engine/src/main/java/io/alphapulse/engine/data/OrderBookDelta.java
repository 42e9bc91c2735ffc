package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * One level update of an L2 book: "the size at {@code price} on {@code side} is now {@code size}";
 * a size of zero removes the level. Updates are absolute, so applying the same delta twice is
 * harmless.
 *
 * <p>{@code sequence} numbers the venue message the delta came from: all deltas of one message share
 * it and the next message carries {@code sequence + 1}. Adapters for venues that number differently
 * renumber so that this holds; {@link OrderBook} relies on it to detect gaps.
 *
 * @param instrumentId the instrument
 * @param side {@code BUY} for a bid level, {@code SELL} for an ask level
 * @param price the level's price
 * @param size the new total size at that price, zero to remove the level
 * @param sequence the venue message number, {@code >= 0}
 * @param timestampNanos when the venue published the update, epoch nanoseconds UTC
 */
public record OrderBookDelta(
        InstrumentId instrumentId, OrderSide side, Price price, Quantity size, long sequence, long timestampNanos)
        implements MarketData {

    public OrderBookDelta {
        if (instrumentId == null || side == null || price == null || size == null) {
            throw new IllegalArgumentException("book delta " + sequence + " of " + instrumentId
                    + " has a null field: side " + side + ", " + size + " @ " + price);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException(
                    "book delta of " + instrumentId + " must have a sequence >= 0, was " + sequence);
        }
    }

    /** Whether this delta removes its level. */
    public boolean isRemoval() {
        return size.isZero();
    }
}
