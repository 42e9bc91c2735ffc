package io.alphapulse.engine.risk;

import static io.alphapulse.engine.risk.RiskFixtures.account;
import static io.alphapulse.engine.risk.RiskFixtures.context;
import static io.alphapulse.engine.risk.RiskFixtures.flat;
import static io.alphapulse.engine.risk.RiskFixtures.market;
import static io.alphapulse.engine.risk.RiskFixtures.marketQuote;
import static io.alphapulse.engine.risk.RiskFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.SubmitOrder;
import org.junit.jupiter.api.Test;

/** The kill switch and reduce-only mode. */
class TradingStatePoliciesTest {

    private final TradingHaltedPolicy halted = new TradingHaltedPolicy();
    private final ReduceOnlyPolicy reduceOnly = new ReduceOnlyPolicy();

    @Test
    void submitOrder_whenTradingHalted_isDenied() {
        RiskDecision decision =
                halted.check(market(OrderSide.SELL, "1"), context(account("1"), "100", TradingState.HALTED));
        assertThat(decision)
                .isEqualTo(new RiskDecision.Denied("trading-halted", "trading is halted: order R-1 not sent"));
        assertThat(decision.isAllowed()).isFalse();
        assertThat(decision).hasToString("trading-halted: trading is halted: order R-1 not sent");
    }

    @Test
    void submitOrder_whenTradingActiveOrReducing_passesTheHaltedPolicyUnchanged() {
        SubmitOrder order = market(OrderSide.BUY, "1");
        assertThat(halted.check(order, context())).isEqualTo(new RiskDecision.Allowed(order));
        assertThat(halted.check(order, context(flat(), "100", TradingState.REDUCING)))
                .isEqualTo(new RiskDecision.Allowed(order));
    }

    @Test
    void sellWithinTheLongPosition_whenReducing_isAllowed() {
        SubmitOrder sell = market(OrderSide.SELL, "0.5");
        assertThat(reduceOnly.check(sell, context(account("1"), "100", TradingState.REDUCING)))
                .isEqualTo(new RiskDecision.Allowed(sell));
    }

    @Test
    void sellOfTheWholeLongPosition_whenReducing_isAllowed() {
        SubmitOrder sell = market(OrderSide.SELL, "1");
        assertThat(reduceOnly
                        .check(sell, context(account("1"), "100", TradingState.REDUCING))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void sellBeyondTheLongPosition_whenReducing_isDeniedNamingBoth() {
        RiskDecision decision =
                reduceOnly.check(market(OrderSide.SELL, "1.5"), context(account("1"), "100", TradingState.REDUCING));
        assertThat(decision).isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> {
            assertThat(denied.policy()).isEqualTo("reduce-only");
            assertThat(denied.reason()).contains("SELL 1.5").contains("position 1.00000");
        });
    }

    @Test
    void buyWhileLongOrFlat_whenReducing_isDenied() {
        assertThat(reduceOnly.check(market(OrderSide.BUY, "0.1"), context(account("1"), "100", TradingState.REDUCING)))
                .isInstanceOf(RiskDecision.Denied.class);
        assertThat(reduceOnly.check(market(OrderSide.BUY, "0.1"), context(flat(), "100", TradingState.REDUCING)))
                .isInstanceOf(RiskDecision.Denied.class);
    }

    @Test
    void buyWithinTheShortPosition_whenReducing_isAllowed() {
        SubmitOrder cover = market(OrderSide.BUY, "2");
        assertThat(reduceOnly
                        .check(cover, context(account("-2"), "100", TradingState.REDUCING))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void quoteSell_whenReducing_isSizedAtTheReferencePrice() {
        RiskContext reducing = context(account("1"), "100", TradingState.REDUCING);
        assertThat(reduceOnly
                        .check(marketQuote(OrderSide.SELL, usdt("100")), reducing)
                        .isAllowed())
                .isTrue();
        assertThat(reduceOnly
                        .check(marketQuote(OrderSide.SELL, usdt("100.01")), reducing)
                        .isAllowed())
                .isFalse();
        assertThat(reduceOnly.check(
                        marketQuote(OrderSide.SELL, usdt("50")), context(account("1"), null, TradingState.REDUCING)))
                .isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.reason())
                        .contains("no reference price"));
    }

    @Test
    void anyOrder_whenActive_passesTheReduceOnlyPolicy() {
        SubmitOrder buy = market(OrderSide.BUY, "5");
        assertThat(reduceOnly.check(buy, context())).isEqualTo(new RiskDecision.Allowed(buy));
    }
}
