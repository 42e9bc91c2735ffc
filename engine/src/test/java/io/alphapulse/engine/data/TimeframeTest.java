package io.alphapulse.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeframeTest {

    @ParameterizedTest
    @CsvSource({"1m, 1", "5m, 5", "15m, 15", "1h, 60", "4h, 240", "1d, 1440"})
    void parse_standardTimeframes(String text, long minutes) {
        Timeframe timeframe = Timeframe.parse(text);
        assertThat(timeframe.minutes()).isEqualTo(minutes);
        assertThat(timeframe.durationNanos()).isEqualTo(minutes * 60_000_000_000L);
        assertThat(timeframe).hasToString(text);
    }

    @Test
    void constants_matchParsedValues() {
        assertThat(Timeframe.ONE_MINUTE).isEqualTo(Timeframe.parse("1m"));
        assertThat(Timeframe.FIVE_MINUTES).isEqualTo(Timeframe.parse("5m"));
        assertThat(Timeframe.FIFTEEN_MINUTES).isEqualTo(Timeframe.parse("15m"));
        assertThat(Timeframe.ONE_HOUR).isEqualTo(Timeframe.parse("1h"));
        assertThat(Timeframe.FOUR_HOURS).isEqualTo(Timeframe.parse("4h"));
        assertThat(Timeframe.ONE_DAY).isEqualTo(Timeframe.parse("1d"));
    }

    @Test
    void equalLengths_areEqual_andPrintCanonically() {
        assertThat(Timeframe.parse("60m")).isEqualTo(Timeframe.ONE_HOUR);
        assertThat(Timeframe.parse("60m")).hasToString("1h");
        assertThat(Timeframe.parse("90s")).hasToString("90s");
        assertThat(Timeframe.parse("120s")).hasToString("2m");
    }

    @Test
    void minutes_ofASubMinuteTimeframe_throws() {
        assertThatThrownBy(() -> Timeframe.parse("90s").minutes())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("90s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "0m", "1", "1w", "1M", "01m", "-1m", " 1m", "367d", "1.5h"})
    void parse_invalidText_isRefusedNamingIt(String text) {
        assertThatThrownBy(() -> Timeframe.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void outOfRange_isRefused() {
        assertThatThrownBy(() -> new Timeframe(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeframe.ofMinutes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeframe.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openTimeOf_alignsToTheEpoch() {
        long tenPastMidnight = Duration.ofDays(19_000).plusMinutes(10).toNanos();
        assertThat(Timeframe.ONE_DAY.openTimeOf(tenPastMidnight))
                .isEqualTo(Duration.ofDays(19_000).toNanos());
        assertThat(Timeframe.FIVE_MINUTES.openTimeOf(tenPastMidnight + 1)).isEqualTo(tenPastMidnight);
        assertThat(Timeframe.ONE_MINUTE.openTimeOf(-1)).isEqualTo(-60_000_000_000L);
        assertThat(Timeframe.ONE_HOUR.toDuration()).isEqualTo(Duration.ofHours(1));
    }

    @Property(tries = 500)
    void toStringThenParse_roundTrips(@ForAll @LongRange(min = 1, max = 366L * 86_400L) long seconds) {
        Timeframe timeframe = new Timeframe(seconds);
        assertThat(Timeframe.parse(timeframe.toString())).isEqualTo(timeframe);
    }
}
