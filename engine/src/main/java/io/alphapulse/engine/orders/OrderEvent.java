package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Message;

/**
 * Something that happened to an order, reported by the risk engine or a venue adapter. Events are
 * facts in the past tense; {@link Order#apply} folds them into the order's state, and portfolio and
 * persistence consume them. Sealed, so a {@code switch} over an event is checked for completeness.
 */
public sealed interface OrderEvent extends Message
        permits OrderSubmitted, OrderAccepted, OrderRejected, OrderFillEvent, OrderCanceled, OrderExpired {

    ClientOrderId clientOrderId();

    InstrumentId instrumentId();

    /** The status an order moves to when this event is applied. */
    default OrderStatus resultingStatus() {
        return switch (this) {
            case OrderSubmitted submitted -> OrderStatus.SUBMITTED;
            case OrderAccepted accepted -> OrderStatus.ACCEPTED;
            case OrderRejected rejected -> OrderStatus.REJECTED;
            case OrderPartiallyFilled partiallyFilled -> OrderStatus.PARTIALLY_FILLED;
            case OrderFilled filled -> OrderStatus.FILLED;
            case OrderCanceled canceled -> OrderStatus.CANCELED;
            case OrderExpired expired -> OrderStatus.EXPIRED;
        };
    }
}
