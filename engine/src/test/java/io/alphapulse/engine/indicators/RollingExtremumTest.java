package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RollingExtremumTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 50})
    void add_manyValues_equalsTheBruteForceExtremesOfTheWindow(int period) {
        RollingExtremum maximum = RollingExtremum.maximum(period);
        RollingExtremum minimum = RollingExtremum.minimum(period);
        SplittableRandom random = new SplittableRandom(period);
        double[] values = new double[2_000];

        for (int i = 0; i < values.length; i++) {
            // few distinct values, so ties and runs are common
            values[i] = random.nextInt(-5, 6) * 0.5;
            maximum.add(values[i]);
            minimum.add(values[i]);

            double expectedMaximum = Double.NEGATIVE_INFINITY;
            double expectedMinimum = Double.POSITIVE_INFINITY;
            for (int j = Math.max(0, i - period + 1); j <= i; j++) {
                expectedMaximum = Math.max(expectedMaximum, values[j]);
                expectedMinimum = Math.min(expectedMinimum, values[j]);
            }
            assertThat(maximum.value()).as("maximum at %d", i).isEqualTo(expectedMaximum);
            assertThat(minimum.value()).as("minimum at %d", i).isEqualTo(expectedMinimum);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void add_strictlyMonotonicRuns_expiresTheOldestCandidate(int period) {
        RollingExtremum maximum = RollingExtremum.maximum(period);

        // falling: every value stays a candidate until it expires
        for (int i = 100; i > 0; i--) {
            maximum.add(i);
            assertThat(maximum.value()).isEqualTo(Math.min(100, i + period - 1));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void reset_afterValues_forgetsThem(int period) {
        RollingExtremum minimum = RollingExtremum.minimum(period);
        minimum.add(-100);

        minimum.reset();

        assertThat(minimum.value()).isNaN();
        minimum.add(5);
        assertThat(minimum.value()).isEqualTo(5.0);
    }
}
