package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.orders.OrderEvent;

/**
 * An event arrived for an order the store does not hold: orders are recorded before they are sent,
 * so this is an order placed outside AlphaPulse or a mismatched id, and needs reconciling.
 */
public final class UnknownOrderException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    UnknownOrderException(OrderEvent event) {
        super("no stored order with client order id '" + event.clientOrderId() + "' on " + event.instrumentId()
                + " for event " + event);
    }
}
