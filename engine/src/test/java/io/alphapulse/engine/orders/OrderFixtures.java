package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/** Builders for commands and events of one order, so tests read as the story they tell. */
final class OrderFixtures {

    static final ClientOrderId ORDER_ID = new ClientOrderId("O-1");
    static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");
    static final VenueOrderId VENUE_ID = new VenueOrderId("V-1");
    static final long T0 = 1_700_000_000_000_000_000L;

    private OrderFixtures() {}

    static Quantity qty(String text) {
        return Quantity.of(text, 3);
    }

    static Price px(String text) {
        return Price.of(text, 2);
    }

    static Money usdt(String text) {
        return Money.of(text, Currency.USDT);
    }

    /** BUY 10.000 sim:BTC-USDT LIMIT @ 100.00 GTC. */
    static SubmitOrder limitBuy() {
        return SubmitOrder.limit(ORDER_ID, BTC, OrderSide.BUY, qty("10"), px("100"), TimeInForce.GTC, "test", T0);
    }

    /** BUY for 1000.00000000 USDT of sim:BTC-USDT MARKET GTC: the venue decides the quantity. */
    static SubmitOrder marketQuoteBuy() {
        return SubmitOrder.marketQuote(ORDER_ID, BTC, OrderSide.BUY, usdt("1000"), "test", T0);
    }

    static OrderSubmitted submitted() {
        return new OrderSubmitted(ORDER_ID, BTC, T0 + 1);
    }

    static OrderAccepted accepted() {
        return new OrderAccepted(ORDER_ID, BTC, VENUE_ID, T0 + 2);
    }

    static OrderRejected rejected() {
        return new OrderRejected(ORDER_ID, BTC, "insufficient balance", T0 + 2);
    }

    static OrderCanceled canceled() {
        return new OrderCanceled(ORDER_ID, BTC, T0 + 9);
    }

    static OrderExpired expired() {
        return new OrderExpired(ORDER_ID, BTC, T0 + 9);
    }

    static OrderPartiallyFilled partial(String tradeId, Quantity quantity, Price price) {
        return new OrderPartiallyFilled(
                ORDER_ID,
                BTC,
                VENUE_ID,
                new TradeId(tradeId),
                OrderSide.BUY,
                quantity,
                price,
                usdt("0.01"),
                LiquiditySide.MAKER,
                T0 + 5);
    }

    static OrderFilled filled(String tradeId, Quantity quantity, Price price) {
        return new OrderFilled(
                ORDER_ID,
                BTC,
                VENUE_ID,
                new TradeId(tradeId),
                OrderSide.BUY,
                quantity,
                price,
                usdt("0.01"),
                LiquiditySide.TAKER,
                T0 + 6);
    }

    static Order orderWith(OrderEvent... events) {
        return apply(new Order(limitBuy()), events);
    }

    static Order quoteOrderWith(OrderEvent... events) {
        return apply(new Order(marketQuoteBuy()), events);
    }

    private static Order apply(Order order, OrderEvent... events) {
        for (OrderEvent event : events) {
            order.apply(event);
        }
        return order;
    }
}
