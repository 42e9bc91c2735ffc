package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;

/**
 * The venue acknowledged the order; it is working there under {@code venueOrderId}.
 *
 * @param clientOrderId the order
 * @param instrumentId its instrument
 * @param venueOrderId the venue's id for it
 * @param timestampNanos when the venue accepted it, epoch nanoseconds UTC
 */
public record OrderAccepted(
        ClientOrderId clientOrderId, InstrumentId instrumentId, VenueOrderId venueOrderId, long timestampNanos)
        implements OrderEvent {

    public OrderAccepted {
        Events.requireIds(clientOrderId, instrumentId, "OrderAccepted");
        if (venueOrderId == null) {
            throw new IllegalArgumentException("OrderAccepted for " + clientOrderId + " needs a venue order id");
        }
    }
}
