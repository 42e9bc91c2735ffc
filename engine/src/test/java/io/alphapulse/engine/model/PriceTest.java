package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

    @Test
    void of_string_parsesExactlyAtTheScale() {
        Price price = Price.of("65123.4", 2);
        assertThat(price.raw()).isEqualTo(6_512_340L);
        assertThat(price.scale()).isEqualTo(2);
        assertThat(price).hasToString("65123.40");
    }

    @Test
    void of_tooManyDecimals_isRefusedNamingValueAndScale() {
        assertThatThrownBy(() -> Price.of("1.234", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.234")
                .hasMessageContaining("scale 2");
    }

    @Test
    void of_trailingZerosBeyondTheScale_areAccepted() {
        assertThat(Price.of("1.2300", 2)).isEqualTo(new Price(123, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,5", " 1.5", "NaN"})
    void of_notADecimal_isRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> Price.of(text, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void of_null_isRefused() {
        assertThatThrownBy(() -> Price.of((String) null, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of((BigDecimal) null, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10, 100})
    void scaleOutOfRange_isRefused(int scale) {
        assertThatThrownBy(() -> new Price(1, scale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was " + scale);
    }

    @Test
    void of_valueBeyondLongRange_throwsArithmeticException() {
        assertThatThrownBy(() -> Price.of("92233720368.54775808", 8))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("92233720368.54775808");
    }

    @Test
    void of_hugeOrTinyExponents_failOrRoundQuickly() {
        assertThatThrownBy(() -> Price.of("1E+999999999", 2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Price.of("1E-999999999", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Price.of("1E-999999999", 2, RoundingMode.UP)).isEqualTo(new Price(1, 2));
        assertThat(Price.of("-1E-999999999", 2, RoundingMode.HALF_EVEN)).isEqualTo(new Price(0, 2));
        assertThat(Price.of("0E+999999999", 2)).isEqualTo(Price.zero(2));
    }

    @ParameterizedTest
    @CsvSource({
        "1.235, HALF_EVEN, 1.24",
        "1.245, HALF_EVEN, 1.24",
        "1.245, HALF_UP, 1.25",
        "1.245, HALF_DOWN, 1.24",
        "1.241, UP, 1.25",
        "1.249, DOWN, 1.24",
        "-1.241, FLOOR, -1.25",
        "-1.249, CEILING, -1.24"
    })
    void of_withRoundingMode_rounds(String text, RoundingMode rounding, String expected) {
        assertThat(Price.of(text, 2, rounding)).hasToString(expected);
    }

    @Test
    void of_roundingUnnecessaryOnInexactValue_throwsArithmeticException() {
        assertThatThrownBy(() -> Price.of("1.234", 2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void parse_takesTheScaleFromTheText() {
        assertThat(Price.parse("0.050")).isEqualTo(new Price(50, 3));
        assertThat(Price.parse("100")).isEqualTo(new Price(100, 0));
        assertThat(Price.parse("1E+2")).isEqualTo(new Price(100, 0));
    }

    @ParameterizedTest
    @CsvSource({"5, 2, 0.05", "-5, 2, -0.05", "0, 3, 0.000", "123, 0, 123", "-100000000, 8, -1.00000000"})
    void toString_isPlainWithExactlyScaleDecimals(long raw, int scale, String expected) {
        assertThat(new Price(raw, scale)).hasToString(expected);
    }

    @Test
    void add_and_subtract_withSameScale_areExact() {
        Price a = Price.of("100.25", 2);
        Price b = Price.of("0.75", 2);
        assertThat(a.add(b)).isEqualTo(Price.of("101.00", 2));
        assertThat(b.subtract(a)).isEqualTo(Price.of("-99.50", 2));
    }

    @Test
    void add_differentScales_isRefusedNamingBoth() {
        assertThatThrownBy(() -> Price.of("1.5", 1).add(Price.of("1.50", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5 (scale 1)")
                .hasMessageContaining("1.50 (scale 2)");
    }

    @Test
    void add_overflow_throwsArithmeticException() {
        Price max = new Price(Long.MAX_VALUE, 2);
        assertThatThrownBy(() -> max.add(new Price(1, 2))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Price(Long.MIN_VALUE, 2).subtract(new Price(1, 2)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Price(Long.MIN_VALUE, 2).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equality_requiresSameRawAndScale() {
        assertThat(Price.of("1.0", 1)).isEqualTo(new Price(10, 1));
        assertThat(Price.of("1.0", 1)).isNotEqualTo(Price.of("1.00", 2));
        assertThat(Price.of("1.0", 1).toBigDecimal())
                .isEqualByComparingTo(Price.of("1.00", 2).toBigDecimal());
    }

    @Test
    void compareTo_ordersByValue_andRefusesDifferentScales() {
        assertThat(Price.of("1.01", 2)).isGreaterThan(Price.of("1.00", 2));
        assertThat(Price.of("-1.00", 2).isLessThan(Price.zero(2))).isTrue();
        assertThatThrownBy(() -> Price.of("1", 0).compareTo(Price.of("1", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signPredicates_followTheRaw() {
        assertThat(Price.of("0.01", 2).isPositive()).isTrue();
        assertThat(Price.of("-0.01", 2).isNegative()).isTrue();
        assertThat(Price.zero(2).isZero()).isTrue();
        assertThat(Price.of("-3", 0).abs()).isEqualTo(Price.of("3", 0));
        assertThat(Price.of("-3", 0).signum()).isEqualTo(-1);
    }

    @Test
    void conversions_matchTheValue() {
        Price price = Price.of("65123.45", 2);
        assertThat(price.toBigDecimal()).isEqualTo(new BigDecimal("65123.45"));
        assertThat(price.toDouble()).isEqualTo(65123.45);
    }

    @Test
    void withScale_growsExactly_andShrinksOnlyWithoutLoss() {
        assertThat(Price.of("1.5", 1).withScale(3)).isEqualTo(new Price(1500, 3));
        assertThat(Price.of("1.500", 3).withScale(1)).isEqualTo(new Price(15, 1));
        assertThatThrownBy(() -> Price.of("1.55", 2).withScale(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Price.of("1.55", 2).withScale(1, RoundingMode.HALF_EVEN)).isEqualTo(new Price(16, 1));
    }

    @Test
    void midpoint_isExactAtOneMoreDecimal() {
        assertThat(Price.midpoint(Price.of("100.01", 2), Price.of("100.02", 2))).isEqualTo(Price.of("100.015", 3));
        assertThat(Price.midpoint(new Price(1, 9), new Price(2, 9))).isEqualTo(new Price(2, 9));
        assertThat(Price.midpoint(new Price(3, 9), new Price(4, 9))).isEqualTo(new Price(4, 9));
        assertThatThrownBy(() -> Price.midpoint(Price.of("1", 0), Price.of("1.0", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
