package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AverageTrueRangeTest {

    // Bars (high, low, close):
    //   b1 10, 8, 9       TR = high − low = 2 (no previous close)
    //   b2 12, 9, 11      TR = max(3, |12 − 9|, |9 − 9|) = 3
    //   b3 11.5, 10.5, 11 TR = max(1, |11.5 − 11|, |10.5 − 11|) = 1
    //   b4 15, 14, 14.5   gap up:   TR = max(1, |15 − 11|, |14 − 11|) = 4
    //   b5 12, 11, 11     gap down: TR = max(1, |12 − 14.5|, |11 − 14.5|) = 3.5

    private static void firstThreeBars(AverageTrueRange atr) {
        Feed.bar(atr, 10, 8, 9);
        Feed.bar(atr, 12, 9, 11);
        Feed.bar(atr, 11.5, 10.5, 11);
    }

    @Test
    void defaults_areFourteenBars() {
        assertThat(new AverageTrueRange().warmup()).isEqualTo(14);
    }

    @Test
    void update_beforeWarmup_isNotReady() {
        AverageTrueRange atr = new AverageTrueRange(3);

        Feed.bar(atr, 10, 8, 9);
        Feed.bar(atr, 12, 9, 11);

        assertThat(atr.warmup()).isEqualTo(3);
        assertThat(atr.isReady()).isFalse();
        assertThat(atr.value()).isNaN();
        assertThat(atr.trueRange()).isNaN();
    }

    @Test
    void update_atWarmup_isTheMeanOfTheFirstTrueRanges() {
        AverageTrueRange atr = new AverageTrueRange(3);

        firstThreeBars(atr);

        assertThat(atr.isReady()).isTrue();
        // (2 + 3 + 1) / 3 = 2
        assertThat(atr.value()).isCloseTo(2.0, EXACT);
        assertThat(atr.trueRange()).isCloseTo(1.0, EXACT);
    }

    @Test
    void update_afterWarmup_countsGapsAndSmoothsTheWilderWay() {
        AverageTrueRange atr = new AverageTrueRange(3);
        firstThreeBars(atr);

        Feed.bar(atr, 15, 14, 14.5);
        assertThat(atr.trueRange()).isCloseTo(4.0, EXACT);
        // (2 × 2 + 4) / 3 = 8/3
        assertThat(atr.value()).isCloseTo(8.0 / 3, EXACT);

        Feed.bar(atr, 12, 11, 11);
        assertThat(atr.trueRange()).isCloseTo(3.5, EXACT);
        // (8/3 × 2 + 7/2) / 3 = (32/6 + 21/6) / 3 = 53/18
        assertThat(atr.value()).isCloseTo(53.0 / 18, EXACT);
    }

    @Test
    void update_withPeriodOne_isTheTrueRange() {
        AverageTrueRange atr = new AverageTrueRange(1);

        Feed.bar(atr, 10, 8, 9);
        assertThat(atr.value()).isCloseTo(2.0, EXACT);
        Feed.bar(atr, 15, 14, 14.5);
        // max(1, |15 − 9|, |14 − 9|) = 6
        assertThat(atr.value()).isCloseTo(6.0, EXACT);
    }

    @Test
    void reset_afterUpdates_forgetsThePreviousClose() {
        AverageTrueRange atr = new AverageTrueRange(1);
        Feed.bar(atr, 100, 90, 95);

        atr.reset();
        Feed.bar(atr, 15, 14, 14.5);

        // the first bar again: high − low, no gap against the forgotten close of 95
        assertThat(atr.value()).isCloseTo(1.0, EXACT);
        assertThat(atr.count()).isEqualTo(1);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AverageTrueRange(0))
                .withMessage("period must be >= 1, was 0");
    }
}
