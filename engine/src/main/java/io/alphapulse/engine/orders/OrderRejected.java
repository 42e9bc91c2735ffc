package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;

/**
 * The risk engine or the venue refused the order; nothing was filled.
 *
 * @param clientOrderId the order
 * @param instrumentId its instrument
 * @param reason why, for people: non-blank
 * @param timestampNanos when it was rejected, epoch nanoseconds UTC
 */
public record OrderRejected(ClientOrderId clientOrderId, InstrumentId instrumentId, String reason, long timestampNanos)
        implements OrderEvent {

    public OrderRejected {
        Events.requireIds(clientOrderId, instrumentId, "OrderRejected");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(
                    "OrderRejected for " + clientOrderId + " needs a reason, was '" + reason + "'");
        }
    }
}
