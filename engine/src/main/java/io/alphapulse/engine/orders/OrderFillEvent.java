package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * An execution of part or all of an order: what the portfolio books. Use this type where partial and
 * final fills are handled alike (positions, cash, fees); switch on the two records where the
 * difference matters.
 *
 * <p>The side is repeated from the order so that accounting needs no order lookup. The commission is
 * positive when paid and negative for a rebate, in whatever currency the venue charged (not always
 * the quote currency).
 */
public sealed interface OrderFillEvent extends OrderEvent permits OrderPartiallyFilled, OrderFilled {

    /** The venue's order id; fills may arrive before the acknowledgement that would carry it. */
    VenueOrderId venueOrderId();

    TradeId tradeId();

    OrderSide side();

    /** The quantity of this execution, positive. */
    Quantity lastQuantity();

    /** The price of this execution. */
    Price lastPrice();

    Money commission();

    LiquiditySide liquiditySide();
}
