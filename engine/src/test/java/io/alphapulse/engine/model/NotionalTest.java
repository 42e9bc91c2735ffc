package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class NotionalTest {

    @Test
    void notional_exactWhenTheCurrencyHasEnoughDecimals() {
        Money notional =
                Price.of("65000.12", 2).notional(Quantity.of("0.00150", 5), Currency.USDT, RoundingMode.UNNECESSARY);
        assertThat(notional).isEqualTo(Money.of("97.50018", Currency.USDT));
    }

    @Test
    void notional_roundsWithTheGivenMode() {
        Price price = Price.of("10.01", 2);
        Quantity quantity = Quantity.of("0.333", 3);
        // 3.33333 USD
        assertThat(price.notional(quantity, Currency.USD, RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("3.33", Currency.USD));
        assertThat(price.notional(quantity, Currency.USD, RoundingMode.UP)).isEqualTo(Money.of("3.34", Currency.USD));
        assertThatThrownBy(() -> price.notional(quantity, Currency.USD, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void notional_scalesUpWhenTheCurrencyHasMoreDecimals() {
        assertThat(Price.of("3", 0).notional(Quantity.of("2", 0), Currency.BTC, RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("6", Currency.BTC));
    }

    @Test
    void notional_negativePrice_givesNegativeMoney() {
        assertThat(Price.of("-1.50", 2).notional(Quantity.of("3", 0), Currency.USD, RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("-4.50", Currency.USD));
    }

    @Test
    void notional_productBeyond64Bits_fallsBackAndStaysExact() {
        // 9e9 * 9e9 raw = 8.1e19 does not fit a long, the rounded result does.
        Price price = new Price(9_000_000_000L, 9); // 9.000000000
        Quantity quantity = new Quantity(9_000_000_000L, 9); // 9.000000000
        assertThat(price.notional(quantity, Currency.USD, RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("81.00", Currency.USD));
    }

    @Test
    void notional_resultBeyondLong_throwsArithmeticException() {
        Price price = new Price(Long.MAX_VALUE, 0);
        assertThatThrownBy(() -> price.notional(new Quantity(2, 0), Currency.USD, RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Price(Long.MAX_VALUE / 10, 0)
                        .notional(new Quantity(1, 0), Currency.USD, RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class);
    }
}
