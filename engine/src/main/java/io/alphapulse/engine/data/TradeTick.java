package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * One trade printed by a venue: the "last price" feed, and the input for bar building and
 * trade-flow indicators.
 *
 * <p>The aggressor is required: flow indicators need it, and every crypto venue we connect reports
 * it. An adapter for a feed without it must classify the trade itself (for instance against the
 * prevailing quote) and say so in its documentation, rather than leave the engine to guess.
 *
 * @param instrumentId the instrument
 * @param price trade price (may be negative for spread instruments)
 * @param size traded quantity, positive
 * @param aggressorSide the side that took liquidity
 * @param tradeId the venue's trade id, non-blank, at most 64 characters
 * @param timestampNanos when the trade happened at the venue, epoch nanoseconds UTC
 */
public record TradeTick(
        InstrumentId instrumentId,
        Price price,
        Quantity size,
        OrderSide aggressorSide,
        String tradeId,
        long timestampNanos)
        implements MarketData {

    private static final int MAX_TRADE_ID_LENGTH = 64;

    public TradeTick {
        if (instrumentId == null || price == null || size == null || aggressorSide == null) {
            throw new IllegalArgumentException("trade " + tradeId + " of " + instrumentId + " has a null field: price "
                    + price + ", size " + size + ", aggressor " + aggressorSide);
        }
        if (!size.isPositive()) {
            throw new IllegalArgumentException(
                    "trade " + tradeId + " of " + instrumentId + " must have a positive size, was " + size);
        }
        if (tradeId == null || tradeId.isBlank() || tradeId.length() > MAX_TRADE_ID_LENGTH) {
            throw new IllegalArgumentException("trade id of a " + instrumentId
                    + " trade must be non-blank and at most " + MAX_TRADE_ID_LENGTH + " characters, was '" + tradeId
                    + "'");
        }
    }
}
