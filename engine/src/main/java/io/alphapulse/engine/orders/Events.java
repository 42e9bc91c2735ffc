package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/** Validation shared by the event records' compact constructors. */
final class Events {

    private Events() {}

    static void requireIds(ClientOrderId clientOrderId, InstrumentId instrumentId, String event) {
        if (clientOrderId == null || instrumentId == null) {
            throw new IllegalArgumentException(
                    event + " needs a client order id and an instrument, got " + clientOrderId + ", " + instrumentId);
        }
    }

    static void requireFill(
            ClientOrderId clientOrderId,
            VenueOrderId venueOrderId,
            TradeId tradeId,
            OrderSide side,
            Quantity lastQuantity,
            Price lastPrice,
            Money commission,
            LiquiditySide liquiditySide) {
        if (venueOrderId == null
                || tradeId == null
                || side == null
                || lastQuantity == null
                || lastPrice == null
                || commission == null
                || liquiditySide == null) {
            throw new IllegalArgumentException("fill of " + clientOrderId + " has a null field: venue order id "
                    + venueOrderId + ", trade id " + tradeId + ", side " + side + ", " + lastQuantity + " @ "
                    + lastPrice + ", commission " + commission + ", " + liquiditySide);
        }
        if (!lastQuantity.isPositive()) {
            throw new IllegalArgumentException(
                    "fill " + tradeId + " of " + clientOrderId + " must have a positive quantity, was " + lastQuantity);
        }
    }
}
