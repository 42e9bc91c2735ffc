package io.alphapulse.engine.orders;

/**
 * How an order executes, and therefore which prices a {@link SubmitOrder} must carry: a limit price
 * for {@code LIMIT} and {@code STOP_LIMIT}, a trigger price for {@code STOP_MARKET} and {@code
 * STOP_LIMIT}, neither for {@code MARKET}.
 */
public enum OrderType {
    /** Executes immediately against the book at whatever price it offers. */
    MARKET,
    /** Executes at the limit price or better; rests on the book otherwise. */
    LIMIT,
    /** Becomes a market order once the market trades through the trigger price. */
    STOP_MARKET,
    /** Becomes a limit order at the limit price once the market trades through the trigger price. */
    STOP_LIMIT;

    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean hasTriggerPrice() {
        return this == STOP_MARKET || this == STOP_LIMIT;
    }
}
