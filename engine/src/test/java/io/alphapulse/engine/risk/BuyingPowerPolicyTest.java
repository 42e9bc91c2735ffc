package io.alphapulse.engine.risk;

import static io.alphapulse.engine.risk.RiskFixtures.context;
import static io.alphapulse.engine.risk.RiskFixtures.limit;
import static io.alphapulse.engine.risk.RiskFixtures.market;
import static io.alphapulse.engine.risk.RiskFixtures.marketQuote;
import static io.alphapulse.engine.risk.RiskFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.OrderSide;
import org.junit.jupiter.api.Test;

class BuyingPowerPolicyTest {

    private final BuyingPowerPolicy policy = new BuyingPowerPolicy();

    @Test
    void marketBuy_worthMoreThanTheCashAtTheReferencePrice_isDenied() {
        // 100.01 × 100.00 = 10,001 > 10,000 USDT of cash
        RiskDecision decision = policy.check(market(OrderSide.BUY, "100.01"), context());
        assertThat(decision).isInstanceOfSatisfying(RiskDecision.Denied.class, denied -> {
            assertThat(denied.policy()).isEqualTo("buying-power");
            assertThat(denied.reason())
                    .isEqualTo(
                            "order value 10001.00000000 USDT exceeds the available cash 10000.00000000 USDT for sim:BTC-USDT");
        });
        assertThat(policy.check(market(OrderSide.BUY, "100"), context()).isAllowed())
                .isTrue();
    }

    @Test
    void limitBuy_isValuedAtItsLimit() {
        assertThat(policy.check(limit(OrderSide.BUY, "200", "50.00"), context()).isAllowed())
                .isTrue();
        assertThat(policy.check(limit(OrderSide.BUY, "200", "50.01"), context()).isAllowed())
                .isFalse();
    }

    @Test
    void sells_andQuoteQuantityBuys_andUnvaluedOrders_pass() {
        assertThat(policy.check(market(OrderSide.SELL, "1000"), context()).isAllowed())
                .isTrue();
        assertThat(policy.check(marketQuote(OrderSide.BUY, usdt("50000")), context())
                        .isAllowed())
                .isTrue();
        assertThat(policy.check(market(OrderSide.BUY, "1000"), context(RiskFixtures.flat(), null, TradingState.ACTIVE))
                        .isAllowed())
                .isTrue();
    }
}
