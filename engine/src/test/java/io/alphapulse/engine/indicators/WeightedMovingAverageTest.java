package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedMovingAverageTest {

    @Test
    void update_beforeWarmup_isNotReady() {
        WeightedMovingAverage wma = new WeightedMovingAverage(3);

        Feed.values(wma, 1, 2);

        assertThat(wma.warmup()).isEqualTo(3);
        assertThat(wma.isReady()).isFalse();
        assertThat(wma.value()).isNaN();
    }

    @Test
    void update_atWarmup_weighsTheNewestMost() {
        WeightedMovingAverage wma = new WeightedMovingAverage(3);

        Feed.values(wma, 1, 2, 3);

        // (1×1 + 2×2 + 3×3) / (1 + 2 + 3) = 14/6 = 7/3
        assertThat(wma.value()).isCloseTo(7.0 / 3, EXACT);
    }

    @Test
    void update_afterWarmup_slidesTheWeights() {
        WeightedMovingAverage wma = new WeightedMovingAverage(3);
        Feed.values(wma, 1, 2, 3);

        wma.update(4);
        // (1×2 + 2×3 + 3×4) / 6 = 20/6 = 10/3
        assertThat(wma.value()).isCloseTo(10.0 / 3, EXACT);

        wma.update(10);
        // (1×3 + 2×4 + 3×10) / 6 = 41/6
        assertThat(wma.value()).isCloseTo(41.0 / 6, EXACT);

        wma.update(-1);
        // (1×4 + 2×10 + 3×(−1)) / 6 = 21/6 = 7/2
        assertThat(wma.value()).isCloseTo(3.5, EXACT);
    }

    @Test
    void update_acrossManyPeriodicRecomputations_equalsTheDefinition() {
        WeightedMovingAverage wma = new WeightedMovingAverage(5);
        SplittableRandom random = new SplittableRandom(11);
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + random.nextDouble(-10, 10);
            wma.update(values[i]);
            if (i >= 4) {
                double weighted = 0;
                for (int weight = 1; weight <= 5; weight++) {
                    weighted += weight * values[i - 5 + weight];
                }
                assertThat(wma.value()).as("value %d", i).isCloseTo(weighted / 15, EXACT);
            }
        }
    }

    @Test
    void reset_afterUpdates_startsAFreshWindow() {
        WeightedMovingAverage wma = new WeightedMovingAverage(2);
        Feed.values(wma, 100, 200, 300);

        wma.reset();
        Feed.values(wma, 3, 6);

        // (1×3 + 2×6) / 3 = 5
        assertThat(wma.value()).isCloseTo(5.0, EXACT);
        assertThat(wma.count()).isEqualTo(2);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeightedMovingAverage(0))
                .withMessage("period must be >= 1, was 0");
    }
}
