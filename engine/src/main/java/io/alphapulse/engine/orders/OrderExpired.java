package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;

/**
 * The order's time in force ran out (an IOC or FOK remainder, the end of a backtest). Quantity filled
 * before stays filled.
 *
 * @param clientOrderId the order
 * @param instrumentId its instrument
 * @param timestampNanos when it expired, epoch nanoseconds UTC
 */
public record OrderExpired(ClientOrderId clientOrderId, InstrumentId instrumentId, long timestampNanos)
        implements OrderEvent {

    public OrderExpired {
        Events.requireIds(clientOrderId, instrumentId, "OrderExpired");
    }
}
