package io.alphapulse.engine.orders;

import static io.alphapulse.engine.orders.OrderFixtures.BTC;
import static io.alphapulse.engine.orders.OrderFixtures.ORDER_ID;
import static io.alphapulse.engine.orders.OrderFixtures.T0;
import static io.alphapulse.engine.orders.OrderFixtures.VENUE_ID;
import static io.alphapulse.engine.orders.OrderFixtures.accepted;
import static io.alphapulse.engine.orders.OrderFixtures.canceled;
import static io.alphapulse.engine.orders.OrderFixtures.filled;
import static io.alphapulse.engine.orders.OrderFixtures.limitBuy;
import static io.alphapulse.engine.orders.OrderFixtures.marketQuoteBuy;
import static io.alphapulse.engine.orders.OrderFixtures.orderWith;
import static io.alphapulse.engine.orders.OrderFixtures.partial;
import static io.alphapulse.engine.orders.OrderFixtures.px;
import static io.alphapulse.engine.orders.OrderFixtures.qty;
import static io.alphapulse.engine.orders.OrderFixtures.quoteOrderWith;
import static io.alphapulse.engine.orders.OrderFixtures.submitted;
import static io.alphapulse.engine.orders.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static OrderPartiallyFilled partialWith(
            OrderSide side,
            Quantity quantity,
            Price price,
            Money commission,
            VenueOrderId venueOrderId,
            String tradeId) {
        return new OrderPartiallyFilled(
                ORDER_ID,
                BTC,
                venueOrderId,
                new TradeId(tradeId),
                side,
                quantity,
                price,
                commission,
                LiquiditySide.MAKER,
                T0 + 5);
    }

    @Test
    void newOrder_isInitializedWithNothingFilled() {
        Order order = new Order(limitBuy());
        assertThat(order.status()).isEqualTo(OrderStatus.INITIALIZED);
        assertThat(order.isOpen()).isFalse();
        assertThat(order.isTerminal()).isFalse();
        assertThat(order.filledQuantity()).contains(qty("0"));
        assertThat(order.leavesQuantity()).contains(qty("10"));
        assertThat(order.venueOrderId()).isEmpty();
        assertThat(order.averageFillPrice()).isEmpty();
        assertThat(order.filledNotional()).isZero();
        assertThat(order.events()).isEmpty();
        assertThat(order.commissions()).isEmpty();
        assertThat(order.limitPrice()).contains(px("100"));
        assertThat(order.triggerPrice()).isEmpty();
        assertThat(order.createdTimestampNanos()).isEqualTo(T0);
        assertThat(order.lastEventTimestampNanos()).isEqualTo(T0);
        assertThat(order.command()).isEqualTo(limitBuy());
        assertThat(order.strategyId()).isEqualTo("test");
        assertThat(order.type()).isEqualTo(OrderType.LIMIT);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.GTC);
    }

    @Test
    void lifecycle_submitAcceptPartialThenFill_tracksQuantitiesAndPrices() {
        Order order = orderWith(submitted(), accepted());
        assertThat(order.venueOrderId()).contains(VENUE_ID);
        assertThat(order.isOpen()).isTrue();

        order.apply(partial("T-1", qty("4"), px("99.90")));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.filledQuantity()).contains(qty("4"));
        assertThat(order.leavesQuantity()).contains(qty("6"));

        order.apply(filled("T-2", qty("6"), px("100.00")));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.isTerminal()).isTrue();
        assertThat(order.leavesQuantity()).contains(qty("0"));
        // (4 * 99.90 + 6 * 100.00) / 10 = 99.96
        assertThat(order.filledNotional()).isEqualByComparingTo("999.60");
        assertThat(order.averageFillPrice()).contains(px("99.96"));
        assertThat(order.commission(Currency.USDT)).isEqualTo(usdt("0.02"));
        assertThat(order.events()).hasSize(4);
        assertThat(order.lastEventTimestampNanos()).isEqualTo(T0 + 6);
    }

    @Test
    void averageFillPrice_roundsHalfEvenToThePriceScale_whileNotionalStaysExact() {
        Order order =
                orderWith(submitted(), partial("T-1", qty("1"), px("100.00")), partial("T-2", qty("2"), px("100.01")));
        // 300.02 / 3 = 100.00666...
        assertThat(order.filledNotional()).isEqualByComparingTo(new BigDecimal("300.02"));
        assertThat(order.averageFillPrice()).contains(px("100.01"));
    }

    @Test
    void apply_fillBeyondLeavesQuantity_isRefused() {
        Order order = orderWith(submitted(), accepted(), partial("T-1", qty("7"), px("100")));
        OrderFilled tooMuch = filled("T-2", qty("4"), px("100"));
        assertThatThrownBy(() -> order.apply(tooMuch))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("exceeds the leaves quantity 3.000");
        assertThatThrownBy(() -> order.apply(partial("T-3", qty("4"), px("100"))))
                .isInstanceOf(IllegalOrderTransitionException.class);
        assertThat(order.filledQuantity()).contains(qty("7"));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
    }

    @Test
    void apply_orderFilledThatDoesNotCompleteTheQuantity_isRefused() {
        Order order = orderWith(submitted(), accepted());
        assertThatThrownBy(() -> order.apply(filled("T-1", qty("9.999"), px("100"))))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("does not complete the leaves quantity 10.000");
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.events()).hasSize(2);
    }

    @Test
    void apply_partialFillThatCompletesTheQuantity_isRefused() {
        Order order = orderWith(submitted(), accepted());
        assertThatThrownBy(() -> order.apply(partial("T-1", qty("10"), px("100"))))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("completes the order");
        assertThat(order.filledQuantity()).contains(qty("0"));
    }

    @Test
    void apply_eventForAnotherOrder_isRefusedNamingBothIds() {
        Order order = orderWith(submitted());
        OrderAccepted other = new OrderAccepted(new ClientOrderId("O-2"), BTC, VENUE_ID, T0);
        assertThatThrownBy(() -> order.apply(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("O-2")
                .hasMessageContaining("O-1");
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void apply_eventForAnotherInstrument_isRefused() {
        Order order = orderWith(submitted());
        OrderAccepted otherInstrument = new OrderAccepted(ORDER_ID, InstrumentId.parse("sim:ETH-USDT"), VENUE_ID, T0);
        assertThatThrownBy(() -> order.apply(otherInstrument))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:ETH-USDT");
    }

    @Test
    void apply_null_isRefused() {
        assertThatThrownBy(() -> new Order(limitBuy()).apply(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Order(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apply_fillOfTheOtherSide_isRefused() {
        Order order = orderWith(submitted(), accepted());
        var sell = partialWith(OrderSide.SELL, qty("1"), px("100"), usdt("0"), VENUE_ID, "T-1");
        assertThatThrownBy(() -> order.apply(sell))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SELL")
                .hasMessageContaining("BUY");
        assertThat(order.filledQuantity()).contains(qty("0"));
    }

    @Test
    void apply_fillWithOtherQuantityOrPriceScale_isRefused() {
        Order order = orderWith(submitted(), accepted());
        var otherQuantityScale = partialWith(OrderSide.BUY, Quantity.of("1", 2), px("100"), usdt("0"), VENUE_ID, "T-1");
        assertThatThrownBy(() -> order.apply(otherQuantityScale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.00");
        var otherPriceScale = partialWith(OrderSide.BUY, qty("1"), Price.of("100", 3), usdt("0"), VENUE_ID, "T-1");
        assertThatThrownBy(() -> order.apply(otherPriceScale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100.000");
    }

    @Test
    void marketOrder_firstFillFixesThePriceScale() {
        Order order = new Order(SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, qty("2"), "test", T0));
        order.apply(submitted());
        order.apply(partialWith(OrderSide.BUY, qty("1"), Price.of("100.5", 1), usdt("0"), VENUE_ID, "T-1"));
        var otherScale = new OrderFilled(
                ORDER_ID,
                BTC,
                VENUE_ID,
                new TradeId("T-2"),
                OrderSide.BUY,
                qty("1"),
                px("100.50"),
                usdt("0"),
                LiquiditySide.TAKER,
                T0);
        assertThatThrownBy(() -> order.apply(otherScale)).isInstanceOf(IllegalArgumentException.class);
        assertThat(order.averageFillPrice()).contains(Price.of("100.5", 1));
    }

    @Test
    void apply_fillBeforeTheAck_recordsTheVenueOrderId_andALateAckIsRefused() {
        Order order = orderWith(submitted(), partial("T-1", qty("1"), px("100")));
        assertThat(order.venueOrderId()).contains(VENUE_ID);
        assertThatThrownBy(() -> order.apply(accepted()))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("PARTIALLY_FILLED -> ACCEPTED");
    }

    @Test
    void apply_fillWithAnotherVenueOrderId_isRefused() {
        Order order = orderWith(submitted(), accepted());
        var otherVenueId = partialWith(OrderSide.BUY, qty("1"), px("100"), usdt("0"), new VenueOrderId("V-9"), "T-1");
        assertThatThrownBy(() -> order.apply(otherVenueId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("V-9")
                .hasMessageContaining("V-1");
    }

    @Test
    void apply_sameTradeIdTwice_isRefused() {
        Order order = orderWith(submitted(), accepted(), partial("T-1", qty("1"), px("100")));
        assertThat(order.hasFill(new TradeId("T-1"))).isTrue();
        assertThat(order.hasFill(new TradeId("T-2"))).isFalse();
        assertThatThrownBy(() -> order.apply(partial("T-1", qty("1"), px("100"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T-1");
        assertThat(order.filledQuantity()).contains(qty("1"));
    }

    @Test
    void commissions_areSummedPerCurrency_inArrivalOrder_withRebatesNegative() {
        Currency bnb = new Currency("BNB", 8);
        Order order = orderWith(submitted(), accepted());
        order.apply(partialWith(OrderSide.BUY, qty("1"), px("100"), Money.of("0.001", bnb), VENUE_ID, "T-1"));
        order.apply(partialWith(OrderSide.BUY, qty("1"), px("100"), usdt("-0.05"), VENUE_ID, "T-2"));
        order.apply(partialWith(OrderSide.BUY, qty("1"), px("100"), Money.of("0.002", bnb), VENUE_ID, "T-3"));
        assertThat(order.commissions().keySet()).containsExactly(bnb, Currency.USDT);
        assertThat(order.commission(bnb)).isEqualTo(Money.of("0.003", bnb));
        assertThat(order.commission(Currency.USDT)).isEqualTo(usdt("-0.05"));
        assertThat(order.commission(Currency.USD)).isEqualTo(Money.zero(Currency.USD));
        assertThatThrownBy(() -> order.commissions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void events_areAnUnmodifiableView() {
        Order order = orderWith(submitted());
        assertThatThrownBy(() -> order.events().add(canceled())).isInstanceOf(UnsupportedOperationException.class);
        order.apply(canceled());
        assertThat(order.events()).containsExactly(submitted(), canceled());
    }

    @Test
    void cancelAfterPartialFill_keepsTheFilledQuantity() {
        Order order = orderWith(submitted(), accepted(), partial("T-1", qty("4"), px("100")), canceled());
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(order.filledQuantity()).contains(qty("4"));
        assertThat(order.leavesQuantity()).contains(qty("6"));
        assertThat(order.isOpen()).isFalse();
    }

    @Test
    void toString_summarizesTheOrder() {
        assertThat(orderWith(submitted()))
                .hasToString("Order[O-1 BUY 10.000 sim:BTC-USDT LIMIT @ 100.00 GTC, SUBMITTED, filled 0.000]");
    }

    @Test
    void quoteOrder_isUnsizedUntilItsFill() {
        Order order = quoteOrderWith(submitted(), accepted());
        assertThat(order.isQuoteQuantity()).isTrue();
        assertThat(order.isSized()).isFalse();
        assertThat(order.quoteQuantity()).contains(usdt("1000"));
        assertThat(order.quantity()).isEmpty();
        assertThat(order.filledQuantity()).isEmpty();
        assertThat(order.leavesQuantity()).isEmpty();
        assertThat(order.averageFillPrice()).isEmpty();
        assertThat(order)
                .hasToString("Order[O-1 BUY for 1000.00000000 USDT sim:BTC-USDT MARKET GTC, ACCEPTED, filled nothing]");
    }

    @Test
    void quoteOrder_itsSingleFill_fixesTheQuantity() {
        Order order = quoteOrderWith(submitted(), accepted());
        // 9.990 * 100.00 = 999.00 <= 1000 USDT
        order.apply(filled("T-1", qty("9.99"), px("100")));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.isSized()).isTrue();
        assertThat(order.quantity()).contains(qty("9.99"));
        assertThat(order.filledQuantity()).contains(qty("9.99"));
        assertThat(order.leavesQuantity()).contains(qty("0"));
        assertThat(order.averageFillPrice()).contains(px("100"));
        assertThat(order.filledNotional()).isEqualByComparingTo("999");
        assertThat(order)
                .hasToString("Order[O-1 BUY for 1000.00000000 USDT (9.990) sim:BTC-USDT MARKET GTC, FILLED,"
                        + " filled 9.990]");
    }

    @Test
    void quoteOrder_partialFill_isRefused() {
        Order order = quoteOrderWith(submitted(), accepted());
        assertThatThrownBy(() -> order.apply(partial("T-1", qty("1"), px("100"))))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("never fills it partially");
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.isSized()).isFalse();
    }

    @Test
    void quoteOrder_fillWorthMoreThanTheQuoteQuantity_isRefused() {
        Order order = quoteOrderWith(submitted(), accepted());
        // 10.001 * 100.00 = 1000.10 > 1000 USDT
        assertThatThrownBy(() -> order.apply(filled("T-1", qty("10.001"), px("100"))))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("1000.10")
                .hasMessageContaining("exceeds the quote quantity 1000.00000000 USDT");
        assertThat(order.isSized()).isFalse();
        assertThat(order.events()).hasSize(2);
    }

    @Test
    void quoteOrder_fillOfExactlyTheQuoteQuantity_isAccepted() {
        Order order = quoteOrderWith(submitted());
        order.apply(filled("T-1", qty("10"), px("100")));
        assertThat(order.quantity()).contains(qty("10"));
    }

    @Test
    void quoteOrder_canceledBeforeItsFill_staysUnsized() {
        Order order = quoteOrderWith(submitted(), accepted(), canceled());
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(order.quantity()).isEmpty();
        assertThat(order.filledQuantity()).isEmpty();
        assertThat(order.command()).isEqualTo(marketQuoteBuy());
    }

    @Test
    void baseOrder_isSizedFromTheStart() {
        Order order = new Order(limitBuy());
        assertThat(order.isQuoteQuantity()).isFalse();
        assertThat(order.isSized()).isTrue();
        assertThat(order.quantity()).contains(qty("10"));
        assertThat(order.quoteQuantity()).isEmpty();
    }
}
