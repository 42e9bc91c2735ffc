package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Arithmetic of the value types checked against {@link BigDecimal} as the reference. */
class ValueTypePropertiesTest {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    @Property(tries = 2000)
    void priceAddAndSubtract_matchBigDecimal_orThrowOnOverflow(
            @ForAll("raws") long a, @ForAll("raws") long b, @ForAll @IntRange(min = 0, max = 9) int scale) {
        Price x = new Price(a, scale);
        Price y = new Price(b, scale);
        BigDecimal sum = x.toBigDecimal().add(y.toBigDecimal());
        BigDecimal difference = x.toBigDecimal().subtract(y.toBigDecimal());
        if (fits(sum, scale)) {
            assertThat(x.add(y).toBigDecimal()).isEqualTo(sum);
        } else {
            assertThatThrownBy(() -> x.add(y)).isInstanceOf(ArithmeticException.class);
        }
        if (fits(difference, scale)) {
            assertThat(x.subtract(y).toBigDecimal()).isEqualTo(difference);
        } else {
            assertThatThrownBy(() -> x.subtract(y)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 2000)
    void quantitySubtract_matchesBigDecimal_orRefusesBelowZero(
            @ForAll("nonNegativeRaws") long a,
            @ForAll("nonNegativeRaws") long b,
            @ForAll @IntRange(min = 0, max = 9) int scale) {
        Quantity x = new Quantity(a, scale);
        Quantity y = new Quantity(b, scale);
        if (a >= b) {
            assertThat(x.subtract(y).toBigDecimal()).isEqualTo(x.toBigDecimal().subtract(y.toBigDecimal()));
        } else {
            assertThatThrownBy(() -> x.subtract(y)).isInstanceOf(IllegalArgumentException.class);
        }
        BigDecimal sum = x.toBigDecimal().add(y.toBigDecimal());
        if (fits(sum, scale)) {
            assertThat(x.add(y).toBigDecimal()).isEqualTo(sum);
        } else {
            assertThatThrownBy(() -> x.add(y)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 2000)
    void moneyAddAndSubtract_matchBigDecimal_orThrowOnOverflow(@ForAll("raws") long a, @ForAll("raws") long b) {
        Money x = new Money(a, Currency.USDT);
        Money y = new Money(b, Currency.USDT);
        BigDecimal sum = x.toBigDecimal().add(y.toBigDecimal());
        BigDecimal difference = x.toBigDecimal().subtract(y.toBigDecimal());
        if (fits(sum, 8)) {
            assertThat(x.add(y).toBigDecimal()).isEqualTo(sum);
        } else {
            assertThatThrownBy(() -> x.add(y)).isInstanceOf(ArithmeticException.class);
        }
        if (fits(difference, 8)) {
            assertThat(x.subtract(y).toBigDecimal()).isEqualTo(difference);
        } else {
            assertThatThrownBy(() -> x.subtract(y)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 3000)
    void notional_matchesBigDecimal_orThrowsOnOverflow(
            @ForAll("raws") long priceRaw,
            @ForAll @IntRange(min = 0, max = 9) int priceScale,
            @ForAll("nonNegativeRaws") long quantityRaw,
            @ForAll @IntRange(min = 0, max = 9) int quantityScale,
            @ForAll @IntRange(min = 0, max = 9) int currencyScale,
            @ForAll("roundingModes") RoundingMode rounding) {
        Price price = new Price(priceRaw, priceScale);
        Quantity quantity = new Quantity(quantityRaw, quantityScale);
        Currency currency = new Currency("XYZ", currencyScale);
        BigDecimal expected;
        try {
            expected = price.toBigDecimal().multiply(quantity.toBigDecimal()).setScale(currencyScale, rounding);
        } catch (ArithmeticException inexact) {
            assertThatThrownBy(() -> price.notional(quantity, currency, rounding))
                    .isInstanceOf(ArithmeticException.class);
            return;
        }
        if (fits(expected, currencyScale)) {
            assertThat(price.notional(quantity, currency, rounding).toBigDecimal())
                    .isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> price.notional(quantity, currency, rounding))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 1000)
    void toStringThenOf_roundTrips(@ForAll long raw, @ForAll @IntRange(min = 0, max = 9) int scale) {
        Price price = new Price(raw, scale);
        assertThat(Price.of(price.toString(), scale)).isEqualTo(price);
        assertThat(Price.parse(price.toString())).isEqualTo(price);
        Money money = new Money(raw, new Currency("XYZ", scale));
        assertThat(Money.of(money.toBigDecimal(), money.currency())).isEqualTo(money);
    }

    @Property(tries = 1000)
    void ofWithRounding_matchesBigDecimalSetScale(
            @ForAll("raws") long unscaled,
            @ForAll @IntRange(min = 0, max = 15) int textScale,
            @ForAll @IntRange(min = 0, max = 9) int scale,
            @ForAll("roundingModesExceptUnnecessary") RoundingMode rounding) {
        BigDecimal value = BigDecimal.valueOf(unscaled, textScale);
        BigDecimal expected = value.setScale(scale, rounding);
        if (fits(expected, scale)) {
            assertThat(Price.of(value, scale, rounding).toBigDecimal()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> Price.of(value, scale, rounding)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 1000)
    void compareTo_agreesWithBigDecimal(
            @ForAll("raws") long a, @ForAll("raws") long b, @ForAll @IntRange(min = 0, max = 9) int scale) {
        Price x = new Price(a, scale);
        Price y = new Price(b, scale);
        assertThat(Integer.signum(x.compareTo(y)))
                .isEqualTo(Integer.signum(x.toBigDecimal().compareTo(y.toBigDecimal())));
    }

    private static boolean fits(BigDecimal value, int scale) {
        BigDecimal unscaled = value.setScale(scale, RoundingMode.UNNECESSARY);
        BigDecimal raw = new BigDecimal(unscaled.unscaledValue());
        return raw.compareTo(LONG_MIN) >= 0 && raw.compareTo(LONG_MAX) <= 0;
    }

    /** Mostly realistic magnitudes, with the extremes mixed in to reach the overflow paths. */
    @Provide
    Arbitrary<Long> raws() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
                Arbitraries.longs(),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L));
    }

    @Provide
    Arbitrary<Long> nonNegativeRaws() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000_000_000_000L),
                Arbitraries.longs().greaterOrEqual(0),
                Arbitraries.of(Long.MAX_VALUE, 0L, 1L));
    }

    @Provide
    Arbitrary<RoundingMode> roundingModes() {
        return Arbitraries.of(RoundingMode.class);
    }

    @Provide
    Arbitrary<RoundingMode> roundingModesExceptUnnecessary() {
        return Arbitraries.of(RoundingMode.class).filter(mode -> mode != RoundingMode.UNNECESSARY);
    }
}
