package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;

/**
 * The order passed risk and was sent to the venue.
 *
 * @param clientOrderId the order
 * @param instrumentId its instrument
 * @param timestampNanos when it was sent, epoch nanoseconds UTC
 */
public record OrderSubmitted(ClientOrderId clientOrderId, InstrumentId instrumentId, long timestampNanos)
        implements OrderEvent {

    public OrderSubmitted {
        Events.requireIds(clientOrderId, instrumentId, "OrderSubmitted");
    }
}
