package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * The top of the book at one moment: best bid and ask with their sizes. Use it where the full book
 * is not needed (marking, spread filters, simple fill models).
 *
 * <p>Locked and crossed quotes ({@code bid >= ask}) are <em>accepted</em>: venues do publish them
 * in fast markets and consolidated feeds, and rejecting them would turn a real market state into an
 * adapter crash. Consumers that cannot use such a quote check {@link #isCrossed()}. A size of zero
 * means the venue shows no liquidity on that side.
 *
 * @param instrumentId the instrument
 * @param bid best bid, same scale as {@code ask}
 * @param ask best ask
 * @param bidSize size at the bid, same scale as {@code askSize}
 * @param askSize size at the ask
 * @param timestampNanos when the venue published the quote, epoch nanoseconds UTC
 */
public record QuoteTick(
        InstrumentId instrumentId, Price bid, Price ask, Quantity bidSize, Quantity askSize, long timestampNanos)
        implements MarketData {

    public QuoteTick {
        if (instrumentId == null || bid == null || ask == null || bidSize == null || askSize == null) {
            throw new IllegalArgumentException("quote of " + instrumentId + " has a null field: bid " + bidSize + " @ "
                    + bid + ", ask " + askSize + " @ " + ask);
        }
        if (bid.scale() != ask.scale()) {
            throw new IllegalArgumentException(
                    "quote of " + instrumentId + " mixes price scales: bid " + bid + ", ask " + ask);
        }
        if (bidSize.scale() != askSize.scale()) {
            throw new IllegalArgumentException(
                    "quote of " + instrumentId + " mixes size scales: bid size " + bidSize + ", ask size " + askSize);
        }
    }

    /** {@code ask - bid}; negative when crossed. */
    public Price spread() {
        return ask.subtract(bid);
    }

    /** The exact mid, at one more decimal than the prices (see {@link Price#midpoint}). */
    public Price midPrice() {
        return Price.midpoint(bid, ask);
    }

    /** Whether {@code bid >= ask} (locked or crossed). */
    public boolean isCrossed() {
        return bid.raw() >= ask.raw();
    }
}
