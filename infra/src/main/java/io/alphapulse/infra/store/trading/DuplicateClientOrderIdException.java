package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.orders.ClientOrderId;

/**
 * An order was recorded under a client order id the store already holds. Nothing of the second
 * submission was written, neither the order nor its outbox message: the caller must not send it.
 */
public final class DuplicateClientOrderIdException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient ClientOrderId clientOrderId;

    DuplicateClientOrderIdException(ClientOrderId clientOrderId) {
        super("an order with client order id '" + clientOrderId + "' is already stored; the new one was not written");
        this.clientOrderId = clientOrderId;
    }

    public ClientOrderId clientOrderId() {
        return clientOrderId;
    }
}
