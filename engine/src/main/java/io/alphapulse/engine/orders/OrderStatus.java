package io.alphapulse.engine.orders;

/**
 * Where an {@link Order} is in its life, and which moves it may make next. The transition table is
 * the single source of truth {@link Order#apply} checks against:
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>INITIALIZED</td><td>SUBMITTED, REJECTED</td></tr>
 *   <tr><td>SUBMITTED</td><td>ACCEPTED, REJECTED, PARTIALLY_FILLED, FILLED, CANCELED</td></tr>
 *   <tr><td>ACCEPTED</td><td>PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED</td></tr>
 *   <tr><td>PARTIALLY_FILLED</td><td>PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED</td></tr>
 *   <tr><td>FILLED, CANCELED, EXPIRED, REJECTED</td><td>nothing (terminal)</td></tr>
 * </table>
 *
 * <p>SUBMITTED may go straight to a fill because venues can report a fill before the
 * acknowledgement. INITIALIZED may be REJECTED because the risk engine refuses orders before they
 * are sent. EXPIRED needs an acknowledged order: a venue that expires an order has accepted it, so
 * adapters emit {@link OrderAccepted} first.
 */
public enum OrderStatus {
    /** Created from a {@link SubmitOrder}, not yet sent. */
    INITIALIZED,
    /** Sent to the venue, not yet acknowledged. */
    SUBMITTED,
    /** Acknowledged and working at the venue. */
    ACCEPTED,
    /** Some quantity filled, the rest still working. */
    PARTIALLY_FILLED,
    /** Completely filled. */
    FILLED,
    /** Canceled; a partial fill before the cancel stays filled. */
    CANCELED,
    /** Expired by its time in force; partial fills stay filled. */
    EXPIRED,
    /** Refused by the risk engine or the venue. */
    REJECTED;

    /** Whether the order may still fill or be canceled: submitted, accepted or partially filled. */
    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED || this == PARTIALLY_FILLED;
    }

    /** Whether nothing can happen to the order any more. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == EXPIRED || this == REJECTED;
    }

    /** Whether the transition table allows moving from this status to {@code next}. */
    public boolean canTransitionTo(OrderStatus next) {
        return switch (this) {
            case INITIALIZED -> next == SUBMITTED || next == REJECTED;
            case SUBMITTED ->
                next == ACCEPTED || next == REJECTED || next == PARTIALLY_FILLED || next == FILLED || next == CANCELED;
            case ACCEPTED, PARTIALLY_FILLED ->
                next == PARTIALLY_FILLED || next == FILLED || next == CANCELED || next == EXPIRED;
            case FILLED, CANCELED, EXPIRED, REJECTED -> false;
        };
    }
}
