package io.alphapulse.engine.model;

/**
 * Buy or sell: the side of an order or fill, the aggressor of a trade, the side of a book level
 * ({@code BUY} = bids, {@code SELL} = asks).
 */
public enum OrderSide {
    BUY,
    SELL;

    public OrderSide opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** {@code +1} for a buy, {@code -1} for a sell: the sign a fill adds to a position. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }
}
