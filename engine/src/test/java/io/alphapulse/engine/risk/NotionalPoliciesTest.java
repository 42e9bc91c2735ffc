package io.alphapulse.engine.risk;

import static io.alphapulse.engine.risk.RiskFixtures.account;
import static io.alphapulse.engine.risk.RiskFixtures.context;
import static io.alphapulse.engine.risk.RiskFixtures.flat;
import static io.alphapulse.engine.risk.RiskFixtures.limit;
import static io.alphapulse.engine.risk.RiskFixtures.market;
import static io.alphapulse.engine.risk.RiskFixtures.marketQuote;
import static io.alphapulse.engine.risk.RiskFixtures.order;
import static io.alphapulse.engine.risk.RiskFixtures.px;
import static io.alphapulse.engine.risk.RiskFixtures.qty;
import static io.alphapulse.engine.risk.RiskFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.OrderType;
import org.junit.jupiter.api.Test;

/** Minimum notional 5 USDT and minimum quantity 0.0001; maximums of 1,000 USDT per order and 2,000 per position. */
class NotionalPoliciesTest {

    private final MinNotionalPolicy minimum = new MinNotionalPolicy();
    private final MaxOrderNotionalPolicy maxOrder = new MaxOrderNotionalPolicy(usdt("1000"));
    private final MaxPositionNotionalPolicy maxPosition = new MaxPositionNotionalPolicy(usdt("2000"));

    private static String reasonOf(RiskDecision decision) {
        assertThat(decision).isInstanceOf(RiskDecision.Denied.class);
        return ((RiskDecision.Denied) decision).reason();
    }

    @Test
    void order_belowTheMinimumQuantity_isDenied() {
        assertThat(reasonOf(minimum.check(market(OrderSide.BUY, "0.00009"), context())))
                .isEqualTo("quantity 0.00009 is below the minimum quantity 0.00010 of sim:BTC-USDT");
    }

    @Test
    void limitOrder_isValuedAtItsLimit_againstTheMinimumNotional() {
        // 0.04 × 120 = 4.80 < 5; the reference price 100 plays no part
        assertThat(reasonOf(minimum.check(limit(OrderSide.BUY, "0.04", "120"), context())))
                .contains("order value 4.80000000 USDT is below the minimum notional 5.00000000 USDT");
        assertThat(minimum.check(limit(OrderSide.BUY, "0.05", "100"), context()).isAllowed())
                .isTrue();
    }

    @Test
    void marketOrder_isValuedAtTheReferencePrice() {
        assertThat(minimum.check(market(OrderSide.BUY, "0.049"), context()).isAllowed())
                .isFalse();
        assertThat(minimum.check(market(OrderSide.BUY, "0.05"), context()).isAllowed())
                .isTrue();
    }

    @Test
    void stopMarketOrder_isValuedAtItsTrigger() {
        assertThat(minimum.check(order(OrderSide.BUY, OrderType.STOP_MARKET, qty("0.05"), null, px("99")), context())
                        .isAllowed())
                .isFalse();
    }

    @Test
    void marketOrder_withoutAReferencePrice_isDenied() {
        assertThat(reasonOf(minimum.check(market(OrderSide.BUY, "1"), context(flat(), null, TradingState.ACTIVE))))
                .contains("no price to value order R-1");
    }

    @Test
    void quoteOrder_isValuedAtItsQuoteQuantity() {
        assertThat(minimum.check(marketQuote(OrderSide.BUY, usdt("4.99")), context())
                        .isAllowed())
                .isFalse();
        assertThat(minimum.check(marketQuote(OrderSide.BUY, usdt("5")), context(flat(), null, TradingState.ACTIVE))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void order_worthMoreThanTheMaximum_isDeniedNamingBoth() {
        assertThat(reasonOf(maxOrder.check(limit(OrderSide.BUY, "10.00001", "100"), context())))
                .isEqualTo("order value 1000.00100000 USDT exceeds the maximum 1000.00000000 USDT");
        assertThat(maxOrder.check(limit(OrderSide.BUY, "10", "100"), context()).isAllowed())
                .isTrue();
        assertThat(maxOrder.check(marketQuote(OrderSide.BUY, usdt("1000.01")), context())
                        .isAllowed())
                .isFalse();
    }

    @Test
    void maximumInAnotherCurrency_deniesRatherThanSkips() {
        MaxOrderNotionalPolicy inUsd = new MaxOrderNotionalPolicy(Money.of("1000", Currency.USD));
        assertThat(reasonOf(inUsd.check(market(OrderSide.BUY, "1"), context()))).contains("quoted in USDT");
        MaxPositionNotionalPolicy positionInUsd = new MaxPositionNotionalPolicy(Money.of("1000", Currency.USD));
        assertThat(positionInUsd.check(market(OrderSide.BUY, "1"), context()).isAllowed())
                .isFalse();
    }

    @Test
    void maximums_mustBePositive() {
        assertThatThrownBy(() -> new MaxOrderNotionalPolicy(usdt("0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.00000000 USDT");
        assertThatThrownBy(() -> new MaxPositionNotionalPolicy(usdt("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.00000000 USDT");
    }

    @Test
    void buy_takingTheLongPositionAboveTheMaximum_isDenied() {
        // long 15 + 6 = 21 at 100 = 2100 > 2000
        assertThat(reasonOf(maxPosition.check(
                        market(OrderSide.BUY, "6"), context(account("15"), "100", TradingState.ACTIVE))))
                .isEqualTo("the resulting position 21.00000 sim:BTC-USDT is worth 2100.00000000 USDT at 100.00,"
                        + " above the maximum 2000.00000000 USDT");
        assertThat(maxPosition
                        .check(market(OrderSide.BUY, "5"), context(account("15"), "100", TradingState.ACTIVE))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void sell_reducingAPositionAboveTheMaximum_isAllowed() {
        // the price rose: 30 at 100 = 3000 > 2000, but selling makes it smaller
        assertThat(maxPosition
                        .check(market(OrderSide.SELL, "5"), context(account("30"), "100", TradingState.ACTIVE))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void sell_flippingToAShortAboveTheMaximum_isDenied() {
        // long 5 - 30 = short 25, worth 2500
        assertThat(maxPosition
                        .check(market(OrderSide.SELL, "30"), context(account("5"), "100", TradingState.ACTIVE))
                        .isAllowed())
                .isFalse();
    }

    @Test
    void quoteBuy_isSizedAtTheReferencePriceForThePositionCheck() {
        // 2,100 USDT at 100 = 21 BTC
        assertThat(maxPosition
                        .check(marketQuote(OrderSide.BUY, usdt("2100")), context())
                        .isAllowed())
                .isFalse();
        assertThat(maxPosition
                        .check(marketQuote(OrderSide.BUY, usdt("1900")), context())
                        .isAllowed())
                .isTrue();
    }

    @Test
    void positionCheck_withoutAReferencePrice_usesTheLimit_andDeniesAMarketOrder() {
        RiskContext noPrice = context(flat(), null, TradingState.ACTIVE);
        assertThat(maxPosition.check(limit(OrderSide.BUY, "19", "100"), noPrice).isAllowed())
                .isTrue();
        assertThat(maxPosition.check(limit(OrderSide.BUY, "21", "100"), noPrice).isAllowed())
                .isFalse();
        assertThat(reasonOf(maxPosition.check(market(OrderSide.BUY, "1"), noPrice)))
                .contains("no price");
    }
}
