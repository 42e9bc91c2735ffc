package io.alphapulse.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "data.bars.*, data.bars.sim:BTC-USDT.1m, true",
        "data.bars.*, data.quotes.sim:BTC-USDT, false",
        "data.*.sim:BTC-USDT, data.quotes.sim:BTC-USDT, true",
        "data.*.sim:BTC-USDT, data.quotes.sim:ETH-USDT, false",
        "*, anything.at.all, true",
        "orders.?, orders.1, true",
        "orders.?, orders.12, false",
        "exact, exact, true",
        "exact, exactly, false",
        "a*b*c, aXXbYYc, true",
        "a*b*c, aXXbYY, false",
        "**, '', true",
    })
    void matches_followsGlobRules(String pattern, String name, boolean expected) {
        assertThat(new TopicPattern(pattern).matches(name)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void emptyPattern_isRefused() {
        assertThatThrownBy(() -> new TopicPattern("")).isInstanceOf(IllegalArgumentException.class);
    }
}
