package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RelativeStrengthIndexTest {

    // Values 10, 12, 11, 14, 13, 13, 10 give the changes +2, −1, +3, −1, 0, −3.

    @Test
    void update_beforeWarmup_isNotReady() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);

        // three values are only two changes
        Feed.values(rsi, 10, 12, 11);

        assertThat(rsi.warmup()).isEqualTo(4);
        assertThat(rsi.isReady()).isFalse();
        assertThat(rsi.value()).isNaN();
        assertThat(rsi.averageGain()).isNaN();
    }

    @Test
    void update_atWarmup_seedsWithTheSimpleMeansOfTheFirstChanges() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);

        Feed.values(rsi, 10, 12, 11, 14);

        assertThat(rsi.isReady()).isTrue();
        // gains 2, 0, 3 → avgGain = 5/3; losses 0, 1, 0 → avgLoss = 1/3
        assertThat(rsi.averageGain()).isCloseTo(5.0 / 3, EXACT);
        assertThat(rsi.averageLoss()).isCloseTo(1.0 / 3, EXACT);
        // RS = 5; RSI = 100 − 100 / 6 = 250/3
        assertThat(rsi.value()).isCloseTo(250.0 / 3, EXACT);
    }

    @Test
    void update_afterWarmup_smoothsTheWilderWay() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);
        Feed.values(rsi, 10, 12, 11, 14);

        rsi.update(13);
        // change −1: avgGain = (5/3 × 2 + 0) / 3 = 10/9; avgLoss = (1/3 × 2 + 1) / 3 = 5/9
        // RS = 2; RSI = 100 − 100/3 = 200/3
        assertThat(rsi.averageGain()).isCloseTo(10.0 / 9, EXACT);
        assertThat(rsi.averageLoss()).isCloseTo(5.0 / 9, EXACT);
        assertThat(rsi.value()).isCloseTo(200.0 / 3, EXACT);

        rsi.update(13);
        // change 0: avgGain = 20/27, avgLoss = 10/27, RS = 2 again: 200/3
        assertThat(rsi.value()).isCloseTo(200.0 / 3, EXACT);

        rsi.update(10);
        // change −3: avgGain = (20/27 × 2) / 3 = 40/81; avgLoss = (10/27 × 2 + 3) / 3 = 101/81
        // RS = 40/101; RSI = 100 − 100 × 101/141 = 4000/141
        assertThat(rsi.averageLoss()).isCloseTo(101.0 / 81, EXACT);
        assertThat(rsi.value()).isCloseTo(4000.0 / 141, EXACT);
    }

    @Test
    void update_withOnlyGains_is100() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);

        Feed.values(rsi, 1, 2, 3, 5);

        assertThat(rsi.value()).isEqualTo(100.0);
    }

    @Test
    void update_withOnlyLosses_is0() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);

        Feed.values(rsi, 5, 3, 2, 1);

        assertThat(rsi.value()).isEqualTo(0.0);
    }

    @Test
    void update_withoutAnyChange_isNeutral50() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);

        Feed.values(rsi, 7, 7, 7, 7, 7);

        assertThat(rsi.value()).isEqualTo(50.0);
    }

    @Test
    void update_withAGainAfterAFlatStart_is100() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(3);
        Feed.values(rsi, 7, 7, 7, 7);

        rsi.update(8);

        // avgGain = (0 × 2 + 1) / 3 = 1/3, avgLoss still 0
        assertThat(rsi.value()).isEqualTo(100.0);
    }

    @Test
    void reset_afterUpdates_needsAFullWarmupAgain() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(2);
        Feed.values(rsi, 1, 5, 2, 8);

        rsi.reset();
        Feed.values(rsi, 10, 9);
        assertThat(rsi.value()).isNaN();
        Feed.values(rsi, 12);

        // changes −1, +3 only: avgGain 3/2, avgLoss 1/2 → 100 × 3/4 = 75
        assertThat(rsi.value()).isCloseTo(75.0, EXACT);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RelativeStrengthIndex(0))
                .withMessage("period must be >= 1, was 0");
    }
}
