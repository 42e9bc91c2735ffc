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
import org.junit.jupiter.api.Test;

class FixedPointTest {

    @Property(tries = 2000)
    void divideRounded_matchesBigDecimal(
            @ForAll long dividend,
            @ForAll @IntRange(min = 0, max = 18) int exponent,
            @ForAll("roundingModes") RoundingMode rounding) {
        long divisor = FixedPoint.powerOfTen(exponent);
        BigDecimal expected;
        try {
            expected = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, rounding);
        } catch (ArithmeticException inexact) {
            assertThatThrownBy(() -> FixedPoint.divideRounded(dividend, divisor, rounding))
                    .isInstanceOf(ArithmeticException.class);
            return;
        }
        assertThat(FixedPoint.divideRounded(dividend, divisor, rounding)).isEqualTo(expected.longValueExact());
    }

    @Property(tries = 1000)
    void divideRounded_exactHalvesAndNearHalves_matchBigDecimal(
            @ForAll("smallQuotients") long quotient,
            @ForAll @IntRange(min = 1, max = 9) int exponent,
            @ForAll @IntRange(min = -1, max = 1) int nudge,
            @ForAll("roundingModesExceptUnnecessary") RoundingMode rounding) {
        long divisor = FixedPoint.powerOfTen(exponent);
        long dividend = quotient * divisor + divisor / 2 + nudge;
        BigDecimal expected = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, rounding);
        assertThat(FixedPoint.divideRounded(dividend, divisor, rounding)).isEqualTo(expected.longValueExact());
    }

    @Test
    void format_padsWithLeadingZeros() {
        assertThat(FixedPoint.format(5, 3)).isEqualTo("0.005");
        assertThat(FixedPoint.format(-5, 3)).isEqualTo("-0.005");
        assertThat(FixedPoint.format(Long.MIN_VALUE, 9)).isEqualTo("-9223372036.854775808");
    }

    @Provide
    Arbitrary<RoundingMode> roundingModes() {
        return Arbitraries.of(RoundingMode.class);
    }

    @Provide
    Arbitrary<RoundingMode> roundingModesExceptUnnecessary() {
        return Arbitraries.of(RoundingMode.class).filter(mode -> mode != RoundingMode.UNNECESSARY);
    }

    @Provide
    Arbitrary<Long> smallQuotients() {
        return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L);
    }
}
