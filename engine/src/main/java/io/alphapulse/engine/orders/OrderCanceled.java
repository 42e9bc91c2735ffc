package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;

/**
 * The order is no longer working because it was canceled (on our request or by the venue). Quantity
 * filled before the cancel stays filled.
 *
 * @param clientOrderId the order
 * @param instrumentId its instrument
 * @param timestampNanos when it was canceled, epoch nanoseconds UTC
 */
public record OrderCanceled(ClientOrderId clientOrderId, InstrumentId instrumentId, long timestampNanos)
        implements OrderEvent {

    public OrderCanceled {
        Events.requireIds(clientOrderId, instrumentId, "OrderCanceled");
    }
}
