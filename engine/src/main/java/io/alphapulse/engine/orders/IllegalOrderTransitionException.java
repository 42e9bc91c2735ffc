package io.alphapulse.engine.orders;

/**
 * Thrown by {@link Order#apply} when an event cannot follow the order's current state: the status
 * transition is not in the table ({@link OrderStatus}), or a fill does not fit the quantity still
 * open. The order is left exactly as it was. In the kernel this means the venue and our view of the
 * order disagree: log it, alert, and reconcile with the venue; do not retry the event.
 */
public final class IllegalOrderTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient ClientOrderId clientOrderId;
    private final OrderStatus fromStatus;
    private final transient OrderEvent event;

    public IllegalOrderTransitionException(
            ClientOrderId clientOrderId, OrderStatus fromStatus, OrderEvent event, String reason) {
        super("order " + clientOrderId + " in state " + fromStatus + " cannot apply " + event + ": " + reason);
        this.clientOrderId = clientOrderId;
        this.fromStatus = fromStatus;
        this.event = event;
    }

    public ClientOrderId clientOrderId() {
        return clientOrderId;
    }

    /** The order's status when the event arrived (and still). */
    public OrderStatus fromStatus() {
        return fromStatus;
    }

    /** The refused event. */
    public OrderEvent event() {
        return event;
    }
}
