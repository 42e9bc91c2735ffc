package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.btc;
import static io.alphapulse.engine.execution.VenueHarness.px;
import static io.alphapulse.engine.execution.VenueHarness.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.orders.LiquiditySide;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeeAndSlippageModelTest {

    @Test
    void makerTakerFees_areBasisPointsOfTheExactNotional_roundedOnceHalfEven() {
        MakerTakerFeeModel fees = new MakerTakerFeeModel(new BigDecimal("2"), new BigDecimal("7.5"));
        assertThat(fees.rate(BTC, LiquiditySide.MAKER)).isEqualByComparingTo("0.0002");
        assertThat(fees.rate(BTC, LiquiditySide.TAKER)).isEqualByComparingTo("0.00075");
        // 30000.01 × 0.33333333 = 10000.0032333333; × 0.00075 = 7.500002424999975 -> 7.50000242
        assertThat(fees.commission(BTC, px("30000.01"), btc("0.33333333"), LiquiditySide.TAKER))
                .isEqualTo(usdt("7.50000242"));
    }

    @Test
    void makerTakerFees_roundHalfEvenInTwoDecimalCurrencies() {
        Instrument btcUsd =
                Instrument.of(InstrumentId.parse("sim:BTC-USD"), Currency.BTC, Currency.USD, "0.01", "0.00000001", "0");
        FeeModel fees = MakerTakerFeeModel.flat(new BigDecimal("10"));
        // ties go to the even cent: 25.00 × 0.001 = 0.025 -> 0.02, 15.00 × 0.001 = 0.015 -> 0.02
        assertThat(fees.commission(btcUsd, Price.of("25.00", 2), btcUsd.quantity("1"), LiquiditySide.TAKER))
                .isEqualTo(Money.of("0.02", Currency.USD));
        assertThat(fees.commission(btcUsd, Price.of("15.00", 2), btcUsd.quantity("1"), LiquiditySide.TAKER))
                .isEqualTo(Money.of("0.02", Currency.USD));
    }

    @Test
    void makerRebate_isANegativeCommission() {
        MakerTakerFeeModel fees = new MakerTakerFeeModel(new BigDecimal("-1"), new BigDecimal("5"));
        assertThat(fees.commission(BTC, px("100"), btc("1"), LiquiditySide.MAKER))
                .isEqualTo(usdt("-0.01"));
    }

    @Test
    void makerTakerFees_outsideTheirRange_areRefusedNamingTheValue() {
        assertThatThrownBy(() -> new MakerTakerFeeModel(BigDecimal.ZERO, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new MakerTakerFeeModel(new BigDecimal("10000"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10000");
        assertThat(MakerTakerFeeModel.flat(BigDecimal.TEN))
                .hasToString("MakerTakerFeeModel[maker 10 bps, taker 10 bps]");
    }

    @Test
    void noSlippage_returnsTheMarketPriceItself_evenOffTheTick() {
        Price offTick = Price.of("100.005", 3);
        assertThat(FixedBpsSlippage.none().fillPrice(offTick, OrderSide.BUY, BTC))
                .isSameAs(offTick);
    }

    @Test
    void slippage_roundsAgainstTheTrader() {
        FixedBpsSlippage slippage = new FixedBpsSlippage(new BigDecimal("1"));
        // 100.00 × 1.0001 = 100.01 exactly; 100.01 × 1.0001 = 100.020001 -> 100.03
        assertThat(slippage.fillPrice(px("100"), OrderSide.BUY, BTC)).isEqualTo(px("100.01"));
        assertThat(slippage.fillPrice(px("100.01"), OrderSide.BUY, BTC)).isEqualTo(px("100.03"));
        // 100.01 × 0.9999 = 99.999999 -> 99.99
        assertThat(slippage.fillPrice(px("100.01"), OrderSide.SELL, BTC)).isEqualTo(px("99.99"));
    }

    @Test
    void slippage_neverSellsForLessThanOneTick() {
        FixedBpsSlippage slippage = new FixedBpsSlippage(new BigDecimal("9000"));
        assertThat(slippage.fillPrice(px("0.05"), OrderSide.SELL, BTC)).isEqualTo(px("0.01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10000"})
    void slippage_outsideItsRange_isRefusedNamingTheValue(String basisPoints) {
        assertThatThrownBy(() -> new FixedBpsSlippage(new BigDecimal(basisPoints)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(basisPoints);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "1.01"})
    void participation_outsideZeroToOne_isRefusedNamingTheValue(String fraction) {
        assertThatThrownBy(() -> new VolumeParticipation(new BigDecimal(fraction)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(fraction);
    }

    @Test
    void noFillLimit_allowsMoreThanAnyOrder() {
        var bar = VenueHarness.bar(BTC, 0, "100", "100", "100", "100", "0");
        assertThat(new NoFillLimit().capacity(bar, BTC).raw()).isEqualTo(Long.MAX_VALUE);
        assertThat(new VolumeParticipation(BigDecimal.ONE).capacity(bar, BTC).isZero())
                .isTrue();
    }
}
