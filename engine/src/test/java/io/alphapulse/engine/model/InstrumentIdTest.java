package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentIdTest {

    @Test
    void toString_isVenueColonSymbol() {
        assertThat(new InstrumentId("BTC-USDT", "sim")).hasToString("sim:BTC-USDT");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sim:BTC-USDT",
                "binance:ETH-USDT",
                "alpaca:AAPL",
                "bybit:BTC-PERP",
                "alpaca:BRK.B",
                "deribit:BTC-27DEC24-100000-C",
                "binance-usdm:BTCUSDT_240628"
            })
    void parse_roundTripsThroughToString(String text) {
        assertThat(InstrumentId.parse(text)).hasToString(text);
    }

    @Test
    void parse_splitsVenueAndSymbol() {
        InstrumentId id = InstrumentId.parse("sim:BTC-USDT");
        assertThat(id.venue()).isEqualTo("sim");
        assertThat(id.symbol()).isEqualTo("BTC-USDT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BTC-USDT", "sim:BTC:USDT", ":BTC-USDT", "sim:", ""})
    void parse_malformed_isRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> InstrumentId.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"btc-usdt", "BTC/USDT", "BTC--USDT", "-BTC", "BTC-", "BTC USDT", "BTC:USDT"})
    void invalidSymbol_isRefusedNamingIt(String symbol) {
        assertThatThrownBy(() -> new InstrumentId(symbol, "sim"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIM", "1sim", "sim.x", "sim--x", "si m", ""})
    void invalidVenue_isRefusedNamingIt(String venue) {
        assertThatThrownBy(() -> new InstrumentId("BTC-USDT", venue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + venue + "'");
    }

    @Test
    void overlongParts_areRefused() {
        assertThatThrownBy(() -> new InstrumentId("A".repeat(49), "sim")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstrumentId("BTC", "a".repeat(33))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nulls_areRefused() {
        assertThatThrownBy(() -> new InstrumentId(null, "sim")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstrumentId("BTC", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstrumentId.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
