package io.alphapulse.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTest {

    private static long nanos(String instant) {
        Instant parsed = Instant.parse(instant);
        return parsed.getEpochSecond() * 1_000_000_000L + parsed.getNano();
    }

    private static List<String> labels(TimeAxis axis) {
        return axis.ticks(9).stream().map(TimeAxis.Tick::label).toList();
    }

    @Test
    void hours_tickOnRoundHours() {
        TimeAxis axis = new TimeAxis(nanos("2024-03-05T09:17:00Z"), nanos("2024-03-05T17:00:00Z"), 0, 1000);

        assertThat(labels(axis))
                .containsExactly("10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00");
    }

    @Test
    void weeks_tickOnMondays() {
        TimeAxis axis = new TimeAxis(nanos("2024-01-01T00:00:00Z"), nanos("2024-03-01T00:00:00Z"), 0, 1000);

        // 2024-01-01 was a Monday.
        assertThat(labels(axis)).startsWith("2024-01-01", "2024-01-08", "2024-01-15");
    }

    @Test
    void years_tickOnQuarters_thenOnYears() {
        TimeAxis twoYears = new TimeAxis(nanos("2022-02-10T00:00:00Z"), nanos("2024-01-20T00:00:00Z"), 0, 1000);
        TimeAxis decade = new TimeAxis(nanos("2014-06-01T00:00:00Z"), nanos("2024-06-01T00:00:00Z"), 0, 1000);

        assertThat(labels(twoYears))
                .containsExactly(
                        "2022-04", "2022-07", "2022-10", "2023-01", "2023-04", "2023-07", "2023-10", "2024-01");
        assertThat(labels(decade)).containsExactly("2016", "2018", "2020", "2022", "2024");
    }

    @Test
    void ticksStayInsideTheSpan_andMapOntoThePlot() {
        long start = nanos("2024-01-01T00:00:00Z");
        long end = nanos("2024-01-13T11:00:00Z");
        TimeAxis axis = new TimeAxis(start, end, 76, 1108);

        for (TimeAxis.Tick tick : axis.ticks(9)) {
            assertThat(tick.nanos()).isBetween(start, end);
            assertThat(axis.x(tick.nanos())).isBetween(76.0, 76.0 + 1108);
        }
        assertThat(axis.x(start - 1)).isEqualTo(76.0);
        assertThat(axis.column(end, 1108)).isEqualTo(1107);
    }

    @Test
    void aSinglePointStillHasASpan() {
        long only = nanos("2024-01-01T00:00:00Z");
        TimeAxis axis = new TimeAxis(only, only, 0, 100);

        assertThat(axis.spanNanos()).isPositive();
        assertThat(axis.x(only)).isEqualTo(50.0);
    }

    @Test
    void valueAxis_roundsOutwardToNiceSteps() {
        ValueAxis axis = ValueAxis.covering(41_234.5, 44_987.1, 7, 10, 300);

        assertThat(axis.minimum()).isEqualTo(41_000.0);
        assertThat(axis.maximum()).isEqualTo(45_000.0);
        assertThat(axis.ticks()).containsExactly(41_000, 42_000, 43_000, 44_000, 45_000);
        assertThat(axis.decimals()).isZero();
        assertThat(axis.y(45_000)).isEqualTo(10.0);
        assertThat(axis.y(41_000)).isEqualTo(310.0);
    }

    @Test
    void valueAxis_decimalsFollowTheStep() {
        ValueAxis drawdown = ValueAxis.covering(-0.0567, 0, 4, 0, 100);
        ValueAxis cents = ValueAxis.covering(1.01, 1.09, 5, 0, 100);

        assertThat(drawdown.maximum()).isZero();
        assertThat(drawdown.percentDecimals()).isZero();
        assertThat(cents.decimals()).isEqualTo(2);
    }

    @Test
    void valueAxis_widensAFlatRange() {
        ValueAxis flat = ValueAxis.covering(10_000, 10_000, 6, 0, 100);

        assertThat(flat.minimum()).isLessThan(10_000);
        assertThat(flat.maximum()).isGreaterThan(10_000);
        assertThat(flat.y(10_000)).isStrictlyBetween(0.0, 100.0);
    }
}
