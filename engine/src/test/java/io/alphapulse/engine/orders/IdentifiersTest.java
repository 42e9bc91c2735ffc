package io.alphapulse.engine.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"O-1", "a", "abc_DEF-123", "123e4567-e89b-12d3-a456-426614174000"})
    void clientOrderId_valid(String value) {
        assertThat(new ClientOrderId(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "x.y", "é", "1234567890123456789012345678901234567"})
    void clientOrderId_invalid_isRefusedNamingIt(String value) {
        assertThatThrownBy(() -> new ClientOrderId(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void clientOrderId_null_isRefused() {
        assertThatThrownBy(() -> new ClientOrderId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "a1b2:c3", "ORD/1"})
    void venueAndTradeIds_acceptPrintableAscii(String value) {
        assertThat(new VenueOrderId(value)).hasToString(value);
        assertThat(new TradeId(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "tab\t"})
    void venueAndTradeIds_refuseBlanksAndSpaces(String value) {
        assertThatThrownBy(() -> new VenueOrderId(value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TradeId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void venueAndTradeIds_refuseOverlongValues() {
        assertThatThrownBy(() -> new VenueOrderId("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TradeId("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
