package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.OrderPartiallyFilled;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import java.time.Instant;

/** Orders and fills the repository contracts share. */
final class Fixtures {

    static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");
    static final InstrumentId ETH = InstrumentId.parse("sim:ETH-USDT");
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123Z");
    static final VenueOrderId VENUE_ORDER = new VenueOrderId("V-1");

    private Fixtures() {}

    static long nanos(Instant time) {
        return Columns.nanosOf(time);
    }

    static Price price(String text) {
        return Price.of(text, 2);
    }

    static Quantity quantity(String text) {
        return Quantity.of(text, 8);
    }

    static Money usdt(String text) {
        return Money.of(text, Currency.USDT);
    }

    /** A limit buy of 0.5 BTC at 100.00. */
    static SubmitOrder limitBuy(String clientOrderId) {
        return SubmitOrder.limit(
                new ClientOrderId(clientOrderId),
                BTC,
                OrderSide.BUY,
                quantity("0.5"),
                price("100.00"),
                TimeInForce.GTC,
                "sma-cross",
                nanos(T0));
    }

    static OrderPartiallyFilled partialFill(String clientOrderId, String tradeId, String quantity, String price) {
        return new OrderPartiallyFilled(
                new ClientOrderId(clientOrderId),
                BTC,
                VENUE_ORDER,
                new TradeId(tradeId),
                OrderSide.BUY,
                quantity(quantity),
                price(price),
                usdt("0.01"),
                LiquiditySide.MAKER,
                nanos(T0.plusSeconds(2)));
    }

    static OrderFilled finalFill(String clientOrderId, String tradeId, String quantity, String price) {
        return new OrderFilled(
                new ClientOrderId(clientOrderId),
                BTC,
                VENUE_ORDER,
                new TradeId(tradeId),
                OrderSide.BUY,
                quantity(quantity),
                price(price),
                usdt("0.02"),
                LiquiditySide.TAKER,
                nanos(T0.plusSeconds(3)));
    }
}
