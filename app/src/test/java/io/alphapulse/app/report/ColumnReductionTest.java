package io.alphapulse.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnReductionTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void aOneBarSpikeAndDip_surviveReductionOfAMillionPoints() {
        int count = 1_000_000;
        double[] values = new double[count];
        Arrays.fill(values, 100);
        values[123_457] = 250;
        values[876_543] = 10;
        TimeAxis axis = new TimeAxis(0, (count - 1) * MINUTE, 0, 1000);

        ColumnReduction reduction = ColumnReduction.of(count, i -> i * MINUTE, i -> values[i], axis, 1000);

        assertThat(reduction.indices()).contains(123_457, 876_543, 0, count - 1);
        assertThat(reduction.indices().length).isLessThanOrEqualTo(4 * 1000);
        assertThat(reduction.indices()).isSorted();
    }

    @Test
    void eachColumnKeepsFirstLowestHighestAndLast_inTimeOrder() {
        double[] values = {5, 9, 1, 7, 3};
        TimeAxis axis = new TimeAxis(0, 100 * MINUTE, 0, 10);

        // All five points fall in the first of ten columns.
        ColumnReduction reduction = ColumnReduction.of(5, i -> i * MINUTE, i -> values[i], axis, 10);

        assertThat(reduction.indices()).containsExactly(0, 1, 2, 4);
        assertThat(reduction.lastInColumn()[0]).isEqualTo(4);
        assertThat(reduction.lastInColumn()[1]).isEqualTo(-1);
    }

    @Test
    void shortSeries_keepEveryPoint() {
        TimeAxis axis = new TimeAxis(0, 9 * MINUTE, 0, 1000);

        ColumnReduction reduction = ColumnReduction.of(10, i -> i * MINUTE, i -> i * i, axis, 1000);

        assertThat(reduction.indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void nanPointsAreSkipped() {
        double[] values = {1, Double.NaN, 3};
        TimeAxis axis = new TimeAxis(0, 2 * MINUTE, 0, 100);

        ColumnReduction reduction = ColumnReduction.of(3, i -> i * MINUTE, i -> values[i], axis, 100);

        assertThat(reduction.indices()).containsExactly(0, 2);
    }
}
