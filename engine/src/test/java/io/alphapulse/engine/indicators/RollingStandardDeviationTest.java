package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RollingStandardDeviationTest {

    // The textbook set 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9, 1, 1, 1, 0, 0, 4, 16
    // summing to 32. Population variance 32/8 = 4 (σ = 2); sample variance 32/7.

    @Test
    void update_beforeWarmup_isNotReady() {
        RollingStandardDeviation deviation = new RollingStandardDeviation(8);

        Feed.values(deviation, 2, 4, 4, 4, 5, 5, 7);

        assertThat(deviation.warmup()).isEqualTo(8);
        assertThat(deviation.isReady()).isFalse();
        assertThat(deviation.value()).isNaN();
        assertThat(deviation.variance()).isNaN();
        assertThat(deviation.mean()).isNaN();
    }

    @Test
    void update_atWarmup_isThePopulationDeviationByDefault() {
        RollingStandardDeviation deviation = new RollingStandardDeviation(8);

        Feed.values(deviation, 2, 4, 4, 4, 5, 5, 7, 9);

        assertThat(deviation.isReady()).isTrue();
        assertThat(deviation.isSample()).isFalse();
        assertThat(deviation.mean()).isCloseTo(5.0, EXACT);
        assertThat(deviation.variance()).isCloseTo(4.0, EXACT);
        assertThat(deviation.value()).isCloseTo(2.0, EXACT);
    }

    @Test
    void population_isTheSameAsTheConstructor() {
        RollingStandardDeviation deviation = RollingStandardDeviation.population(8);

        Feed.values(deviation, 2, 4, 4, 4, 5, 5, 7, 9);

        assertThat(deviation.isSample()).isFalse();
        assertThat(deviation.value()).isCloseTo(2.0, EXACT);
    }

    @Test
    void sample_dividesByNMinusOne() {
        RollingStandardDeviation deviation = RollingStandardDeviation.sample(8);

        Feed.values(deviation, 2, 4, 4, 4, 5, 5, 7, 9);

        assertThat(deviation.isSample()).isTrue();
        assertThat(deviation.variance()).isCloseTo(32.0 / 7, EXACT);
        assertThat(deviation.value()).isCloseTo(Math.sqrt(32.0 / 7), EXACT);
    }

    @Test
    void update_afterWarmup_slidesTheWindow() {
        RollingStandardDeviation population = new RollingStandardDeviation(2);
        RollingStandardDeviation sample = RollingStandardDeviation.sample(2);

        Feed.values(population, 1, 3);
        Feed.values(sample, 1, 3);
        // [1, 3]: squared deviations 1 + 1 = 2 → population 2/2 = 1, sample 2/1 = 2
        assertThat(population.variance()).isCloseTo(1.0, EXACT);
        assertThat(sample.variance()).isCloseTo(2.0, EXACT);

        population.update(7);
        sample.update(7);
        // [3, 7]: mean 5, squared deviations 4 + 4 = 8 → population 4 (σ 2), sample 8
        assertThat(population.mean()).isCloseTo(5.0, EXACT);
        assertThat(population.value()).isCloseTo(2.0, EXACT);
        assertThat(sample.variance()).isCloseTo(8.0, EXACT);

        population.update(7);
        sample.update(7);
        // [7, 7]: no spread at all
        assertThat(population.value()).isZero();
        assertThat(sample.value()).isZero();
    }

    @Test
    void update_withAConstantSeries_isExactlyZero() {
        RollingStandardDeviation deviation = new RollingStandardDeviation(5);

        for (int i = 0; i < 100; i++) {
            deviation.update(30_000.1);
        }

        assertThat(deviation.value()).isZero();
        assertThat(deviation.mean()).isEqualTo(30_000.1);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 20, 1000})
    void update_windowOfEqualValuesAfterVariedOnes_isExactlyZero(int period) {
        RollingStandardDeviation deviation = new RollingStandardDeviation(period);
        SplittableRandom random = new SplittableRandom(period);
        for (int i = 0; i < 3 * period + 7; i++) {
            deviation.update(30_000 + random.nextDouble(-500, 500));
        }

        for (int i = 0; i < period; i++) {
            deviation.update(29_876.54);
            // the window still holds some of the varied values
            if (i < period - 1) {
                assertThat(deviation.value()).isPositive();
            }
        }

        assertThat(deviation.value()).isZero();
        assertThat(deviation.mean()).isCloseTo(29_876.54, EXACT);
    }

    @Test
    void update_withTinyNoiseOnAHugeLevel_keepsFullPrecision() {
        // Around 1e9 the naive E[x²] − E[x]² loses every digit of a variance of 2/3.
        RollingStandardDeviation deviation = new RollingStandardDeviation(3);

        for (int i = 0; i < 10_000; i++) {
            deviation.update(1e9 + (i % 3));
        }

        // any window holds 0, 1, 2 above 1e9: mean 1e9 + 1, population variance 2/3
        assertThat(deviation.variance()).isCloseTo(2.0 / 3, EXACT);
        assertThat(deviation.mean()).isEqualTo(1e9 + 1);
    }

    @Test
    void reset_afterUpdates_startsAFreshWindow() {
        RollingStandardDeviation deviation = new RollingStandardDeviation(2);
        Feed.values(deviation, 1000, 5000, 9000);

        deviation.reset();
        Feed.values(deviation, 1, 3);

        assertThat(deviation.count()).isEqualTo(2);
        assertThat(deviation.mean()).isCloseTo(2.0, EXACT);
        assertThat(deviation.value()).isCloseTo(1.0, EXACT);
    }

    @Test
    void constructor_withPeriodOutOfRange_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RollingStandardDeviation(0))
                .withMessage("period must be >= 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RollingStandardDeviation.population(0))
                .withMessage("period must be >= 1, was 0");
        // one value has no sample variance: n − 1 = 0
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RollingStandardDeviation.sample(1))
                .withMessage("period must be >= 2, was 1");
    }
}
