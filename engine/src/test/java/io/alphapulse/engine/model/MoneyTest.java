package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void of_parsesAtTheCurrencyScale() {
        Money money = Money.of("12.3", Currency.USD);
        assertThat(money.raw()).isEqualTo(1230L);
        assertThat(money.scale()).isEqualTo(2);
        assertThat(money).hasToString("12.30 USD");
        assertThat(Money.of(new BigDecimal("-0.001"), Currency.BTC)).hasToString("-0.00100000 BTC");
    }

    @Test
    void of_moreDecimalsThanTheCurrency_isRefusedNamingValueAndScale() {
        assertThatThrownBy(() -> Money.of("12.345", Currency.USD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12.345")
                .hasMessageContaining("scale 2");
    }

    @Test
    void of_withRounding_rounds() {
        assertThat(Money.of("12.345", Currency.USD, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("12.34", Currency.USD));
    }

    @Test
    void of_withoutCurrency_isRefused() {
        assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void add_sameCurrency_isExact() {
        assertThat(Money.of("0.10", Currency.USD).add(Money.of("0.20", Currency.USD)))
                .isEqualTo(Money.of("0.30", Currency.USD));
        assertThat(Money.of("0.10", Currency.USD).subtract(Money.of("0.20", Currency.USD)))
                .isEqualTo(Money.of("-0.10", Currency.USD));
    }

    @Test
    void add_differentCurrencies_isRefusedNamingBoth() {
        assertThatThrownBy(() -> Money.of("1", Currency.USD).add(Money.of("1", Currency.EUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
    }

    @Test
    void add_sameCodeDifferentScale_isRefusedShowingBothScales() {
        Currency usdt6 = new Currency("USDT", 6);
        assertThatThrownBy(() -> Money.of("1", Currency.USDT).subtract(Money.of("1", usdt6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale 8")
                .hasMessageContaining("scale 6");
    }

    @Test
    void compareTo_differentCurrencies_isRefused() {
        assertThatThrownBy(() -> Money.of("1", Currency.USD).compareTo(Money.of("1", Currency.EUR)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflow_throwsArithmeticException() {
        Money max = new Money(Long.MAX_VALUE, Currency.USD);
        assertThatThrownBy(() -> max.add(new Money(1, Currency.USD))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.multiply(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(Long.MIN_VALUE, Currency.USD).negate())
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negateAbsAndSigns() {
        Money loss = Money.of("-5.25", Currency.USD);
        assertThat(loss.negate()).isEqualTo(Money.of("5.25", Currency.USD));
        assertThat(loss.abs()).isEqualTo(Money.of("5.25", Currency.USD));
        assertThat(loss.isNegative()).isTrue();
        assertThat(loss.signum()).isEqualTo(-1);
        assertThat(Money.zero(Currency.USD).isZero()).isTrue();
        assertThat(loss.isLessThan(Money.zero(Currency.USD))).isTrue();
    }

    @Test
    void multiply_byWholeNumber_isExact() {
        assertThat(Money.of("1.25", Currency.USD).multiply(3)).isEqualTo(Money.of("3.75", Currency.USD));
    }

    @Test
    void multiply_byFeeRate_roundsToTheCurrencyScale() {
        Money notional = Money.of("1234.56", Currency.USD);
        assertThat(notional.multiply(new BigDecimal("0.001"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("1.23", Currency.USD));
        assertThat(notional.multiply(new BigDecimal("0.001"), RoundingMode.UP))
                .isEqualTo(Money.of("1.24", Currency.USD));
    }

    @Test
    void equality_isRawAndCurrency() {
        assertThat(Money.of("1", Currency.USD)).isEqualTo(new Money(100, Currency.USD));
        assertThat(Money.of("1", Currency.USD)).isNotEqualTo(Money.of("1", Currency.EUR));
        assertThat(Money.of("1.5", Currency.USD).toDouble()).isEqualTo(1.5);
        assertThat(Money.of("1.5", Currency.USD).toBigDecimal()).isEqualTo(new BigDecimal("1.50"));
    }
}
