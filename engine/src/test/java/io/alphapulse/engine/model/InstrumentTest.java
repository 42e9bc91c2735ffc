package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    private static final InstrumentId BTC_USDT = InstrumentId.parse("sim:BTC-USDT");

    // Tick 0.05 exercises "on the scale but off the tick"; lot 0.001 at scale 4 likewise.
    private final Instrument instrument = new Instrument(
            BTC_USDT,
            Currency.BTC,
            Currency.USDT,
            Price.of("0.05", 2),
            Quantity.of("0.0010", 4),
            Quantity.of("0.0020", 4),
            Money.of("10", Currency.USDT));

    @Test
    void of_takesScalesFromTheWrittenIncrements() {
        Instrument spot = Instrument.of(BTC_USDT, Currency.BTC, Currency.USDT, "0.01", "0.00001", "5");
        assertThat(spot.priceScale()).isEqualTo(2);
        assertThat(spot.sizeScale()).isEqualTo(5);
        assertThat(spot.minQuantity()).isEqualTo(spot.sizeIncrement());
        assertThat(spot.minNotional()).isEqualTo(Money.of("5", Currency.USDT));
    }

    @Test
    void scales_comeFromTickAndLot() {
        assertThat(instrument.priceScale()).isEqualTo(2);
        assertThat(instrument.sizeScale()).isEqualTo(4);
    }

    @Test
    void nonPositiveTick_isRefused() {
        assertThatThrownBy(() -> new Instrument(
                        BTC_USDT,
                        Currency.BTC,
                        Currency.USDT,
                        Price.zero(2),
                        Quantity.of("0.001", 3),
                        Quantity.of("0.001", 3),
                        Money.zero(Currency.USDT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tick")
                .hasMessageContaining("0.00");
    }

    @Test
    void zeroLot_isRefused() {
        assertThatThrownBy(() -> new Instrument(
                        BTC_USDT,
                        Currency.BTC,
                        Currency.USDT,
                        Price.of("0.01", 2),
                        Quantity.zero(3),
                        Quantity.zero(3),
                        Money.zero(Currency.USDT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lot");
    }

    @Test
    void minNotionalInAnotherCurrency_isRefused() {
        assertThatThrownBy(() -> new Instrument(
                        BTC_USDT,
                        Currency.BTC,
                        Currency.USDT,
                        Price.of("0.01", 2),
                        Quantity.of("0.001", 3),
                        Quantity.of("0.001", 3),
                        Money.of("10", Currency.USD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.00 USD")
                .hasMessageContaining("USDT");
    }

    @Test
    void minQuantityOffTheLot_isRefused() {
        assertThatThrownBy(() -> new Instrument(
                        BTC_USDT,
                        Currency.BTC,
                        Currency.USDT,
                        Price.of("0.01", 2),
                        Quantity.of("0.002", 3),
                        Quantity.of("0.003", 3),
                        Money.zero(Currency.USDT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.003");
    }

    @Test
    void price_onTick_isParsedExactly() {
        assertThat(instrument.price("100.05")).isEqualTo(new Price(10005, 2));
        assertThat(instrument.price(new BigDecimal("100.1"))).isEqualTo(new Price(10010, 2));
    }

    @Test
    void price_offTick_isRefusedNamingPriceAndTick() {
        assertThatThrownBy(() -> instrument.price("100.03"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100.03")
                .hasMessageContaining("0.05");
    }

    @Test
    void price_moreDecimalsThanTheTick_isRefused() {
        assertThatThrownBy(() -> instrument.price("100.051")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantity_offLot_isRefused() {
        assertThat(instrument.quantity("0.012")).isEqualTo(new Quantity(120, 4));
        assertThatThrownBy(() -> instrument.quantity("0.0125"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.0125")
                .hasMessageContaining("0.0010");
    }

    @ParameterizedTest
    @CsvSource({
        "100.07, FLOOR, 100.05",
        "100.07, CEILING, 100.10",
        "100.07, HALF_EVEN, 100.05",
        "100.075, HALF_UP, 100.10",
        "100.075, HALF_DOWN, 100.05",
        "100.075, HALF_EVEN, 100.10",
        "-0.07, FLOOR, -0.10",
        "100.0749999, HALF_UP, 100.05"
    })
    void roundPriceToTick_roundsInOneStep(String value, RoundingMode rounding, String expected) {
        assertThat(instrument.roundPriceToTick(new BigDecimal(value), rounding)).hasToString(expected);
    }

    @Test
    void roundPriceToTick_unnecessaryOffTick_throws() {
        assertThatThrownBy(() -> instrument.roundPriceToTick(new BigDecimal("100.07"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThat(instrument.roundPriceToTick(new BigDecimal("100.10"), RoundingMode.UNNECESSARY))
                .hasToString("100.10");
    }

    @Test
    void roundPriceToTick_doesNotRoundTwice() {
        // With tick 0.02, rounding 0.0299 to the scale first gives 0.03, exactly half-way between
        // ticks, which HALF_UP would push to 0.04. In ticks it is 1.495, so the answer is 0.02.
        Instrument evenTick = Instrument.of(BTC_USDT, Currency.BTC, Currency.USDT, "0.02", "0.001", "0");
        assertThat(evenTick.roundPriceToTick(new BigDecimal("0.0299"), RoundingMode.HALF_UP))
                .hasToString("0.02");
    }

    @Test
    void roundPriceToTick_extremeExponents_failOrRoundQuickly() {
        assertThatThrownBy(() -> instrument.roundPriceToTick(new BigDecimal("1E+999999999"), RoundingMode.FLOOR))
                .isInstanceOf(ArithmeticException.class);
        assertThat(instrument.roundPriceToTick(new BigDecimal("1E-999999999"), RoundingMode.CEILING))
                .hasToString("0.05");
    }

    @Test
    void floorToLot_truncatesDown() {
        assertThat(instrument.floorToLot(new BigDecimal("0.01299"))).isEqualTo(new Quantity(120, 4));
        assertThat(instrument.floorToLot(new BigDecimal("0.0009"))).isEqualTo(Quantity.zero(4));
        assertThat(instrument.floorToLot(BigDecimal.ZERO)).isEqualTo(Quantity.zero(4));
    }

    @Test
    void floorToLot_negative_isRefused() {
        assertThatThrownBy(() -> instrument.floorToLot(new BigDecimal("-0.001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.001");
    }

    @Test
    void floorToLot_ofAQuotient_isExactWithoutIntermediateRounding() {
        // 10000 / (30000 * 1.001) = 0.33300033...; lot 0.001 -> 0.333
        BigDecimal unitCost = new BigDecimal("30000").multiply(new BigDecimal("1.001"));
        assertThat(instrument.floorToLot(new BigDecimal("10000"), unitCost)).isEqualTo(new Quantity(3330, 4));
        // exactly 1 lot affordable
        assertThat(instrument.floorToLot(new BigDecimal("0.001"), BigDecimal.ONE))
                .isEqualTo(new Quantity(10, 4));
        assertThatThrownBy(() -> instrument.floorToLot(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isOnTickAndLot() {
        assertThat(instrument.isOnTick(Price.of("1.05", 2))).isTrue();
        assertThat(instrument.isOnTick(Price.of("1.06", 2))).isFalse();
        assertThat(instrument.isOnTick(Price.of("1.050", 3))).isFalse();
        assertThat(instrument.isOnLot(Quantity.of("0.003", 4))).isTrue();
        assertThat(instrument.isOnLot(Quantity.of("0.0031", 4))).isFalse();
    }

    @Test
    void notional_isInTheQuoteCurrency() {
        assertThat(instrument.notional(Price.of("30000.05", 2), Quantity.of("0.0020", 4)))
                .isEqualTo(Money.of("60.0001", Currency.USDT));
    }

    @Test
    void notional_wrongScales_areRefused() {
        assertThatThrownBy(() -> instrument.notional(Price.of("1.0", 1), Quantity.of("1", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price 1.0");
        assertThatThrownBy(() -> instrument.notional(Price.of("1", 2), Quantity.of("1", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity 1.000");
    }
}
