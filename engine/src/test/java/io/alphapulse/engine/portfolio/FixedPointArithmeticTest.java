package io.alphapulse.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The rounded long arithmetic against {@link BigDecimal} as the reference. */
class FixedPointArithmeticTest {

    @Test
    void divideHalfEven_roundsTiesToEven() {
        assertThat(FixedPointArithmetic.divideHalfEven(25, 10)).isEqualTo(2);
        assertThat(FixedPointArithmetic.divideHalfEven(35, 10)).isEqualTo(4);
        assertThat(FixedPointArithmetic.divideHalfEven(-25, 10)).isEqualTo(-2);
        assertThat(FixedPointArithmetic.divideHalfEven(-35, 10)).isEqualTo(-4);
        assertThat(FixedPointArithmetic.divideHalfEven(26, 10)).isEqualTo(3);
        assertThat(FixedPointArithmetic.divideHalfEven(Long.MIN_VALUE, 1_000_000_000_000_000_000L))
                .isEqualTo(-9);
    }

    @Test
    void divideHalfEven_remainderAboveHalfOfAHugeDivisor_roundsUpWithoutOverflowing() {
        // 2^62 / (2^62 + 1) is just below 1: doubling the remainder would overflow a long.
        assertThat(FixedPointArithmetic.divideHalfEven(1L << 62, (1L << 62) + 1))
                .isEqualTo(1);
        assertThat(FixedPointArithmetic.divideHalfEven(-(1L << 62), (1L << 62) + 1))
                .isEqualTo(-1);
        assertThat(FixedPointArithmetic.divideHalfEven(Long.MAX_VALUE / 2, Long.MAX_VALUE))
                .isZero();
        assertThat(FixedPointArithmetic.divideHalfEven(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE))
                .isEqualTo(1);
    }

    @Test
    void multiplyDivideHalfEven_beyondALong_throwsNamingTheOperands() {
        assertThatThrownBy(() -> FixedPointArithmetic.multiplyDivideHalfEven(Long.MAX_VALUE, 3, 2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("3/2 of " + Long.MAX_VALUE);
    }

    @Property(tries = 3000)
    void multiplyDivideHalfEven_matchesBigDecimal(
            @ForAll("raws") long value, @ForAll("raws") long numerator, @ForAll("denominators") long denominator) {
        BigDecimal exact = BigDecimal.valueOf(value)
                .multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN);
        if (exact.unscaledValue().bitLength() <= 63) {
            assertThat(FixedPointArithmetic.multiplyDivideHalfEven(value, numerator, denominator))
                    .isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> FixedPointArithmetic.multiplyDivideHalfEven(value, numerator, denominator))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Provide
    Arbitrary<Long> raws() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.longs(),
                Arbitraries.of(Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<Long> denominators() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, Long.MAX_VALUE));
    }
}
