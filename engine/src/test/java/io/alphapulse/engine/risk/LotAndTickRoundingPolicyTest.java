package io.alphapulse.engine.risk;

import static io.alphapulse.engine.risk.RiskFixtures.BTC;
import static io.alphapulse.engine.risk.RiskFixtures.context;
import static io.alphapulse.engine.risk.RiskFixtures.limit;
import static io.alphapulse.engine.risk.RiskFixtures.market;
import static io.alphapulse.engine.risk.RiskFixtures.marketQuote;
import static io.alphapulse.engine.risk.RiskFixtures.order;
import static io.alphapulse.engine.risk.RiskFixtures.px;
import static io.alphapulse.engine.risk.RiskFixtures.qty;
import static io.alphapulse.engine.risk.RiskFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import org.junit.jupiter.api.Test;

/** Lot 0.00001, tick 0.01. */
class LotAndTickRoundingPolicyTest {

    private final LotAndTickRoundingPolicy policy = new LotAndTickRoundingPolicy();

    private SubmitOrder allowed(SubmitOrder order) {
        RiskDecision decision = policy.check(order, context());
        assertThat(decision).isInstanceOf(RiskDecision.Allowed.class);
        return ((RiskDecision.Allowed) decision).order();
    }

    @Test
    void quantity_isFlooredToTheLot_atTheInstrumentsScale() {
        SubmitOrder rounded = allowed(market(OrderSide.BUY, "0.123456789"));
        assertThat(rounded.quantity()).isEqualTo(BTC.quantity("0.12345"));
        assertThat(rounded.clientOrderId()).isEqualTo(RiskFixtures.ID);
    }

    @Test
    void quantity_flooringToZero_isDeniedNamingQuantityAndLot() {
        assertThat(policy.check(market(OrderSide.BUY, "0.000009"), context()))
                .isEqualTo(new RiskDecision.Denied(
                        "lot-and-tick", "quantity 0.000009 floors to zero on the lot 0.00001 of sim:BTC-USDT"));
    }

    @Test
    void buyLimit_isRoundedDown_sellLimit_up() {
        assertThat(allowed(limit(OrderSide.BUY, "1", "100.019")).limitPrice()).isEqualTo(BTC.price("100.01"));
        assertThat(allowed(limit(OrderSide.SELL, "1", "100.011")).limitPrice()).isEqualTo(BTC.price("100.02"));
    }

    @Test
    void buyTrigger_isRoundedUp_sellTrigger_down_soAStopNeverFiresEarly() {
        SubmitOrder buyStop = allowed(order(OrderSide.BUY, OrderType.STOP_MARKET, qty("1"), null, px("105.001")));
        assertThat(buyStop.triggerPrice()).isEqualTo(BTC.price("105.01"));
        SubmitOrder sellStop =
                allowed(order(OrderSide.SELL, OrderType.STOP_LIMIT, qty("1"), px("94.995"), px("95.009")));
        assertThat(sellStop.triggerPrice()).isEqualTo(BTC.price("95.00"));
        assertThat(sellStop.limitPrice()).isEqualTo(BTC.price("95.00"));
    }

    @Test
    void pricesAtAnotherScale_areBroughtToTheInstrumentsScale() {
        SubmitOrder rounded = allowed(limit(OrderSide.BUY, "1", "100.5000"));
        assertThat(rounded.limitPrice()).isEqualTo(BTC.price("100.50"));
        assertThat(rounded.limitPrice().scale()).isEqualTo(2);
    }

    @Test
    void anOrderAlreadyOnTheGrid_isAllowedAsTheSameInstance() {
        SubmitOrder onGrid =
                RiskFixtures.order(OrderSide.BUY, OrderType.LIMIT, BTC.quantity("1"), BTC.price("99"), null);
        assertThat(allowed(onGrid)).isSameAs(onGrid);
    }

    @Test
    void buyLimitRoundingToZero_isDenied() {
        assertThat(policy.check(limit(OrderSide.BUY, "1", "0.009"), context()))
                .isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.reason())
                        .contains("limit price 0.009 rounds to 0.00"));
    }

    @Test
    void quoteOrder_inTheQuoteCurrency_passesUnchanged_inAnotherCurrency_isDenied() {
        SubmitOrder quote = marketQuote(OrderSide.BUY, usdt("100"));
        assertThat(allowed(quote)).isSameAs(quote);
        assertThat(policy.check(marketQuote(OrderSide.BUY, Money.of("100", Currency.USD)), context()))
                .isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.reason())
                        .contains("100.00 USD is not in the quote currency USDT"));
    }
}
