package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

    @Test
    void wellKnownConstants_haveTheirScales() {
        assertThat(Currency.USD.scale()).isEqualTo(2);
        assertThat(Currency.EUR.scale()).isEqualTo(2);
        assertThat(Currency.USDT.scale()).isEqualTo(8);
        assertThat(Currency.USDC.scale()).isEqualTo(8);
        assertThat(Currency.BTC.scale()).isEqualTo(8);
        assertThat(Currency.ETH.scale()).isEqualTo(8);
        assertThat(Currency.SOL.scale()).isEqualTo(8);
    }

    @Test
    void of_wellKnownCode_returnsTheConstant() {
        assertThat(Currency.of("USDT")).isSameAs(Currency.USDT);
        assertThat(Currency.isWellKnown("BTC")).isTrue();
    }

    @Test
    void of_unknownCode_isRefusedNamingTheCode() {
        assertThatThrownBy(() -> Currency.of("BNB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'BNB'");
        assertThat(Currency.isWellKnown("BNB")).isFalse();
    }

    @Test
    void constructor_buildsOtherCurrencies() {
        Currency bnb = new Currency("BNB", 8);
        assertThat(bnb.code()).isEqualTo("BNB");
        assertThat(bnb).hasToString("BNB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "U", "usd", "US D", "TOOLONGCODE1", "US$"})
    void constructor_invalidCode_isRefused(String code) {
        assertThatThrownBy(() -> new Currency(code, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void constructor_scaleOutOfRange_isRefused(int scale) {
        assertThatThrownBy(() -> new Currency("ABC", scale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(scale));
    }

    @Test
    void equality_includesTheScale() {
        assertThat(new Currency("USDT", 8)).isEqualTo(Currency.USDT);
        assertThat(new Currency("USDT", 6)).isNotEqualTo(Currency.USDT);
    }
}
