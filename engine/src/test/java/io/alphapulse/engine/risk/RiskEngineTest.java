package io.alphapulse.engine.risk;

import static io.alphapulse.engine.risk.RiskFixtures.BTC;
import static io.alphapulse.engine.risk.RiskFixtures.account;
import static io.alphapulse.engine.risk.RiskFixtures.context;
import static io.alphapulse.engine.risk.RiskFixtures.flat;
import static io.alphapulse.engine.risk.RiskFixtures.market;
import static io.alphapulse.engine.risk.RiskFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    @Test
    void policies_runInOrder_eachSeeingTheOrderThePreviousOneAllowed() {
        List<SubmitOrder> seen = new ArrayList<>();
        RiskPolicy recorder = (order, context) -> {
            seen.add(order);
            return new RiskDecision.Allowed(order);
        };
        RiskEngine engine = new RiskEngine(List.of(new LotAndTickRoundingPolicy(), recorder));
        RiskDecision decision = engine.check(market(OrderSide.BUY, "0.123456"), context());
        assertThat(seen).singleElement().satisfies(order -> assertThat(order.quantity())
                .isEqualTo(BTC.quantity("0.12345")));
        assertThat(decision).isEqualTo(new RiskDecision.Allowed(seen.get(0)));
    }

    @Test
    void theFirstDenial_wins_andLaterPoliciesDoNotRun() {
        List<String> ran = new ArrayList<>();
        RiskPolicy later = (order, context) -> {
            ran.add("later");
            return new RiskDecision.Allowed(order);
        };
        RiskEngine engine = new RiskEngine(List.of(new TradingHaltedPolicy(), new MinNotionalPolicy(), later));
        RiskDecision decision =
                engine.check(market(OrderSide.BUY, "0.00001"), context(flat(), "100", TradingState.HALTED));
        assertThat(decision).isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.policy())
                .isEqualTo("trading-halted"));
        assertThat(ran).isEmpty();
    }

    @Test
    void anEmptyChain_allowsTheOrderAsItIs() {
        SubmitOrder order = market(OrderSide.BUY, "1");
        assertThat(new RiskEngine(List.of()).check(order, context())).isEqualTo(new RiskDecision.Allowed(order));
    }

    @Test
    void defaultChain_roundsThenChecksTheMinimums() {
        RiskEngine engine = RiskEngine.defaultChain();
        assertThat(engine.policies())
                .extracting(Object::toString)
                .containsExactly("trading-halted", "reduce-only", "lot-and-tick", "min-notional");
        // 0.0499999 floors to 0.04999, worth 4.999 < 5 at the reference price 100
        assertThat(engine.check(market(OrderSide.BUY, "0.0499999"), context()))
                .isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.policy())
                        .isEqualTo("min-notional"));
        RiskDecision allowed = engine.check(market(OrderSide.BUY, "0.0500001"), context());
        assertThat(((RiskDecision.Allowed) allowed).order().quantity()).isEqualTo(BTC.quantity("0.05"));
    }

    @Test
    void defaultChainWithMaximums_appendsTheNotionalCaps() {
        RiskEngine engine = RiskEngine.defaultChain(usdt("1000"), usdt("2000"));
        assertThat(engine.policies()).hasSize(6);
        assertThat(engine.check(market(OrderSide.BUY, "11"), context()))
                .isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.policy())
                        .isEqualTo("max-order-notional"));
        assertThat(engine.check(market(OrderSide.BUY, "9"), context(account("15"), "100", TradingState.ACTIVE)))
                .isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> assertThat(denied.policy())
                        .isEqualTo("max-position-notional"));
        assertThat(engine.check(market(OrderSide.SELL, "9"), context(account("30"), "100", TradingState.REDUCING))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void andThen_extendsWithoutChangingTheOriginal_andEnginesNest() {
        RiskEngine base = RiskEngine.defaultChain();
        RiskEngine extended = base.andThen(new MaxOrderNotionalPolicy(usdt("10")));
        assertThat(base.policies()).hasSize(4);
        assertThat(extended.policies()).hasSize(5);
        RiskEngine nested = new RiskEngine(List.of(extended));
        assertThat(nested.check(market(OrderSide.BUY, "1"), context()).isAllowed())
                .isFalse();
    }

    @Test
    void aPolicyThatSwapsTheOrder_isABug() {
        RiskPolicy swapper = (order, context) -> new RiskDecision.Allowed(SubmitOrder.market(
                new ClientOrderId("OTHER"), order.instrumentId(), order.side(), order.quantity(), "x", 0));
        assertThatThrownBy(() -> new RiskEngine(List.of(swapper)).check(market(OrderSide.BUY, "1"), context()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OTHER");
    }

    @Test
    void aContextForAnotherInstrument_isRefusedNamingBoth() {
        Instrument eth =
                Instrument.of(InstrumentId.parse("sim:ETH-USDT"), Currency.ETH, Currency.USDT, "0.01", "0.001", "0");
        RiskContext ethContext = new RiskContext(eth, flat(), null, TradingState.ACTIVE);
        assertThatThrownBy(() -> RiskEngine.defaultChain().check(market(OrderSide.BUY, "1"), ethContext))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:BTC-USDT")
                .hasMessageContaining("sim:ETH-USDT");
    }

    @Test
    void decisions_validateTheirFields() {
        assertThatThrownBy(() -> new RiskDecision.Denied("p", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskDecision.Allowed(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskContext(null, flat(), null, TradingState.ACTIVE))
                .isInstanceOf(NullPointerException.class);
    }
}
