package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void of_parsesExactlyAtTheScale() {
        Quantity quantity = Quantity.of("0.0015", 8);
        assertThat(quantity.raw()).isEqualTo(150_000L);
        assertThat(quantity).hasToString("0.00150000");
    }

    @Test
    void negative_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> Quantity.of("-0.5", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.50");
        assertThatThrownBy(() -> new Quantity(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_tooManyDecimals_isRefusedNamingValueAndScale() {
        assertThatThrownBy(() -> Quantity.of("0.123", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.123")
                .hasMessageContaining("scale 2");
    }

    @Test
    void of_withRoundingDown_truncates() {
        assertThat(Quantity.of("0.129", 2, RoundingMode.DOWN)).isEqualTo(new Quantity(12, 2));
        assertThat(Quantity.of(new BigDecimal("0.125"), 2, RoundingMode.HALF_EVEN))
                .isEqualTo(new Quantity(12, 2));
    }

    @Test
    void parse_takesTheScaleFromTheText() {
        assertThat(Quantity.parse("0.0010")).isEqualTo(new Quantity(10, 4));
    }

    @Test
    void subtract_belowZero_isRefusedNamingBoth() {
        assertThatThrownBy(() -> Quantity.of("1.0", 1).subtract(Quantity.of("2.0", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2.0")
                .hasMessageContaining("1.0");
    }

    @Test
    void subtract_toZero_isAllowed() {
        assertThat(Quantity.of("1.0", 1).subtract(Quantity.of("1.0", 1)).isZero())
                .isTrue();
    }

    @Test
    void add_differentScales_isRefused() {
        assertThatThrownBy(() -> Quantity.of("1", 0).add(Quantity.of("1.0", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale 0")
                .hasMessageContaining("scale 1");
    }

    @Test
    void add_overflow_throwsArithmeticException() {
        assertThatThrownBy(() -> new Quantity(Long.MAX_VALUE, 0).add(new Quantity(1, 0)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void minMaxAndCompare_orderByValue() {
        Quantity small = Quantity.of("0.5", 1);
        Quantity large = Quantity.of("1.5", 1);
        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(Quantity.zero(3).isPositive()).isFalse();
    }

    @Test
    void equality_requiresSameRawAndScale() {
        assertThat(Quantity.of("1", 0)).isNotEqualTo(Quantity.of("1.0", 1));
        assertThat(Quantity.of("1.0", 1)).isEqualTo(new Quantity(10, 1));
    }

    @Test
    void withScale_shrinksOnlyWithoutLoss() {
        assertThat(Quantity.of("1.50", 2).withScale(1)).isEqualTo(new Quantity(15, 1));
        assertThatThrownBy(() -> Quantity.of("1.55", 2).withScale(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Quantity.of("1.55", 2).withScale(1, RoundingMode.DOWN)).isEqualTo(new Quantity(15, 1));
    }
}
