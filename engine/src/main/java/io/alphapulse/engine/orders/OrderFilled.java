package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * The last execution of an order: with it the whole quantity is filled.
 *
 * @param clientOrderId the order
 * @param instrumentId its instrument
 * @param venueOrderId the venue's id for the order
 * @param tradeId the venue's id for this execution
 * @param side the order's side
 * @param lastQuantity executed quantity, positive and equal to what was left
 * @param lastPrice execution price
 * @param commission fee charged for this execution (negative for a rebate)
 * @param liquiditySide maker or taker
 * @param timestampNanos when it executed, epoch nanoseconds UTC
 */
public record OrderFilled(
        ClientOrderId clientOrderId,
        InstrumentId instrumentId,
        VenueOrderId venueOrderId,
        TradeId tradeId,
        OrderSide side,
        Quantity lastQuantity,
        Price lastPrice,
        Money commission,
        LiquiditySide liquiditySide,
        long timestampNanos)
        implements OrderFillEvent {

    public OrderFilled {
        Events.requireIds(clientOrderId, instrumentId, "OrderFilled");
        Events.requireFill(
                clientOrderId, venueOrderId, tradeId, side, lastQuantity, lastPrice, commission, liquiditySide);
    }
}
