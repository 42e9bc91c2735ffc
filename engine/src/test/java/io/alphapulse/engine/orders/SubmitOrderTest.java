package io.alphapulse.engine.orders;

import static io.alphapulse.engine.orders.OrderFixtures.BTC;
import static io.alphapulse.engine.orders.OrderFixtures.ORDER_ID;
import static io.alphapulse.engine.orders.OrderFixtures.T0;
import static io.alphapulse.engine.orders.OrderFixtures.px;
import static io.alphapulse.engine.orders.OrderFixtures.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmitOrderTest {

    private static SubmitOrder order(OrderType type, Price limit, Price trigger) {
        return new SubmitOrder(ORDER_ID, BTC, OrderSide.BUY, type, qty("1"), limit, trigger, TimeInForce.GTC, "s1", T0);
    }

    @ParameterizedTest
    @CsvSource({"MARKET, false, false", "LIMIT, true, false", "STOP_MARKET, false, true", "STOP_LIMIT, true, true"})
    void eachType_acceptsExactlyThePricesItNeeds(OrderType type, boolean limit, boolean trigger) {
        assertThat(type.hasLimitPrice()).isEqualTo(limit);
        assertThat(type.hasTriggerPrice()).isEqualTo(trigger);
        SubmitOrder valid = order(type, limit ? px("100") : null, trigger ? px("99") : null);
        assertThat(valid.type()).isEqualTo(type);
        assertThat(valid).isInstanceOf(OrderCommand.class);
    }

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void missingOrExtraLimitPrice_isRefusedNamingTheType(OrderType type) {
        Price trigger = type.hasTriggerPrice() ? px("99") : null;
        Price wrongLimit = type.hasLimitPrice() ? null : px("100");
        assertThatThrownBy(() -> order(type, wrongLimit, trigger))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(type.name())
                .hasMessageContaining("limit price");
    }

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void missingOrExtraTriggerPrice_isRefusedNamingTheType(OrderType type) {
        Price limit = type.hasLimitPrice() ? px("100") : null;
        Price wrongTrigger = type.hasTriggerPrice() ? null : px("99");
        assertThatThrownBy(() -> order(type, limit, wrongTrigger))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(type.name())
                .hasMessageContaining("trigger price");
    }

    @Test
    void stopLimit_withMixedScales_isRefused() {
        assertThatThrownBy(() -> order(OrderType.STOP_LIMIT, px("100"), Price.of("99", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99.000");
    }

    @Test
    void zeroQuantity_isRefused() {
        assertThatThrownBy(() -> SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, Quantity.zero(3), "s1", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.000");
    }

    @ParameterizedTest
    @EnumSource(TimeInForce.class)
    void marketOrders_acceptEveryTimeInForce(TimeInForce timeInForce) {
        SubmitOrder market = new SubmitOrder(
                ORDER_ID, BTC, OrderSide.SELL, OrderType.MARKET, qty("1"), null, null, timeInForce, "s1", T0);
        assertThat(market.timeInForce()).isEqualTo(timeInForce);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "x/y"})
    void invalidStrategyId_isRefusedNamingIt(String strategyId) {
        assertThatThrownBy(() -> SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, qty("1"), strategyId, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + strategyId + "'");
    }

    @Test
    void nullFields_areRefused() {
        assertThatThrownBy(() -> SubmitOrder.market(null, BTC, OrderSide.BUY, qty("1"), "s1", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubmitOrder.market(ORDER_ID, BTC, null, qty("1"), "s1", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, qty("1"), null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factories_buildTheExpectedCommands() {
        SubmitOrder market = SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, qty("1"), "sma-cross", T0);
        assertThat(market.type()).isEqualTo(OrderType.MARKET);
        assertThat(market.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(market.limitPrice()).isNull();
        SubmitOrder limit =
                SubmitOrder.limit(ORDER_ID, BTC, OrderSide.SELL, qty("1"), px("101"), TimeInForce.IOC, "manual", T0);
        assertThat(limit.limitPrice()).isEqualTo(px("101"));
        assertThat(limit.timestampNanos()).isEqualTo(T0);
    }

    @Test
    void cancelOrder_needsIdAndInstrument() {
        CancelOrder cancel = new CancelOrder(ORDER_ID, BTC, T0);
        assertThat(cancel.clientOrderId()).isEqualTo(ORDER_ID);
        assertThatThrownBy(() -> new CancelOrder(null, BTC, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CancelOrder(ORDER_ID, null, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marketQuote_buildsAMarketOrderSizedInQuoteCurrency() {
        Money budget = Money.of("1000", Currency.USDT);
        SubmitOrder order = SubmitOrder.marketQuote(ORDER_ID, BTC, OrderSide.BUY, budget, "sma-cross", T0);
        assertThat(order.type()).isEqualTo(OrderType.MARKET);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(order.quantity()).isNull();
        assertThat(order.quoteQuantity()).isEqualTo(budget);
        assertThat(order.isQuoteQuantity()).isTrue();
        assertThat(SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, qty("1"), "s1", T0)
                        .isQuoteQuantity())
                .isFalse();
    }

    @Test
    void bothQuantityAndQuoteQuantity_isRefused() {
        assertThatThrownBy(() -> new SubmitOrder(
                        ORDER_ID,
                        BTC,
                        OrderSide.BUY,
                        OrderType.MARKET,
                        qty("1"),
                        Money.of("100", Currency.USDT),
                        null,
                        null,
                        TimeInForce.GTC,
                        "s1",
                        T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one of quantity and quote quantity");
    }

    @Test
    void neitherQuantityNorQuoteQuantity_isRefused() {
        assertThatThrownBy(() -> SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, null, "s1", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one of quantity and quote quantity");
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderType.class,
            names = {"LIMIT", "STOP_MARKET", "STOP_LIMIT"})
    void quoteQuantity_onAnythingButAMarketOrder_isRefusedNamingTheType(OrderType type) {
        assertThatThrownBy(() -> new SubmitOrder(
                        ORDER_ID,
                        BTC,
                        OrderSide.BUY,
                        type,
                        null,
                        Money.of("100", Currency.USDT),
                        type.hasLimitPrice() ? px("100") : null,
                        type.hasTriggerPrice() ? px("99") : null,
                        TimeInForce.GTC,
                        "s1",
                        T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(type.name())
                .hasMessageContaining("only MARKET orders");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void nonPositiveQuoteQuantity_isRefusedNamingIt(String amount) {
        Money quote = Money.of(amount, Currency.USDT);
        assertThatThrownBy(() -> SubmitOrder.marketQuote(ORDER_ID, BTC, OrderSide.BUY, quote, "s1", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(quote.toString());
    }

    @Test
    void baseQuantityConstructor_equalsTheCanonicalOneWithoutQuoteQuantity() {
        SubmitOrder shortForm = new SubmitOrder(
                ORDER_ID, BTC, OrderSide.SELL, OrderType.LIMIT, qty("2"), px("100"), null, TimeInForce.IOC, "s1", T0);
        SubmitOrder canonical = new SubmitOrder(
                ORDER_ID,
                BTC,
                OrderSide.SELL,
                OrderType.LIMIT,
                qty("2"),
                null,
                px("100"),
                null,
                TimeInForce.IOC,
                "s1",
                T0);
        assertThat(shortForm).isEqualTo(canonical);
    }
}
