package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;

/**
 * Cancel a working order. The order is only canceled when {@link OrderCanceled} comes back; it may
 * fill in the meantime.
 *
 * @param clientOrderId the order to cancel
 * @param instrumentId its instrument (venues route cancels by instrument)
 * @param timestampNanos when the command was issued, epoch nanoseconds UTC
 */
public record CancelOrder(ClientOrderId clientOrderId, InstrumentId instrumentId, long timestampNanos)
        implements OrderCommand {

    public CancelOrder {
        if (clientOrderId == null || instrumentId == null) {
            throw new IllegalArgumentException(
                    "cancel needs a client order id and an instrument, got " + clientOrderId + ", " + instrumentId);
        }
    }
}
