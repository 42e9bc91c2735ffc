package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AverageDirectionalIndexTest {

    // ADX(2) over bars (high, low, close):
    //   b1 10, 8, 9      reference bar only
    //   b2 12, 9, 11     up 2, down −1 → +DM 2, −DM 0; TR max(3, 3, 0) = 3
    //   b3 13, 10, 12    up 1, down −1 → +DM 1, −DM 0; TR max(3, 2, 1) = 3
    //                    averages: TR 3, +DM 3/2, −DM 0 → +DI 50, −DI 0, DX 100
    //   b4 12, 8, 9      up −1, down 2 → +DM 0, −DM 2; TR max(4, 0, 4) = 4
    //                    TR (3 + 4)/2 = 7/2, +DM (3/2 + 0)/2 = 3/4, −DM (0 + 2)/2 = 1
    //                    +DI = 100 × (3/4)/(7/2) = 150/7, −DI = 100/(7/2) = 200/7
    //                    DX = 100 × (50/7)/(350/7) = 100/7; ADX = (100 + 100/7)/2 = 400/7
    //   b5 11, 7, 8      up −1, down 1 → +DM 0, −DM 1; TR max(4, 2, 2) = 4
    //                    TR (7/2 + 4)/2 = 15/4, +DM 3/8, −DM 1 → +DI 10, −DI 80/3
    //                    DX = 100 × (50/3)/(110/3) = 500/11; ADX = (400/7 + 500/11)/2 = 3950/77

    private static void firstFourBars(AverageDirectionalIndex adx) {
        Feed.bar(adx, 10, 8, 9);
        Feed.bar(adx, 12, 9, 11);
        Feed.bar(adx, 13, 10, 12);
        Feed.bar(adx, 12, 8, 9);
    }

    @Test
    void warmup_isTwicePeriod() {
        assertThat(new AverageDirectionalIndex(2).warmup()).isEqualTo(4);
        assertThat(new AverageDirectionalIndex().warmup()).isEqualTo(28);
    }

    @Test
    void update_beforeWarmup_isNotReadyEvenOnceTheDirectionalIndicatorsExist() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(2);

        Feed.bar(adx, 10, 8, 9);
        Feed.bar(adx, 12, 9, 11);
        Feed.bar(adx, 13, 10, 12);

        assertThat(adx.isReady()).isFalse();
        assertThat(adx.value()).isNaN();
        assertThat(adx.plusDirectionalIndicator()).isNaN();
        assertThat(adx.minusDirectionalIndicator()).isNaN();
    }

    @Test
    void update_atWarmup_averagesTheFirstDirectionalIndices() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(2);

        firstFourBars(adx);

        assertThat(adx.isReady()).isTrue();
        assertThat(adx.plusDirectionalIndicator()).isCloseTo(150.0 / 7, EXACT);
        assertThat(adx.minusDirectionalIndicator()).isCloseTo(200.0 / 7, EXACT);
        assertThat(adx.value()).isCloseTo(400.0 / 7, EXACT);
    }

    @Test
    void update_afterWarmup_smoothsTheWilderWay() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(2);
        firstFourBars(adx);

        Feed.bar(adx, 11, 7, 8);

        assertThat(adx.plusDirectionalIndicator()).isCloseTo(10.0, EXACT);
        assertThat(adx.minusDirectionalIndicator()).isCloseTo(80.0 / 3, EXACT);
        assertThat(adx.value()).isCloseTo(3950.0 / 77, EXACT);
    }

    @Test
    void update_withEqualUpAndDownMoves_countsNeither() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(1);
        Feed.bar(adx, 10, 8, 9);

        // an outside bar: up = down = 1
        Feed.bar(adx, 11, 7, 9);

        // ADX(1): +DM = −DM = 0 → both DI 0 → DX 0
        assertThat(adx.plusDirectionalIndicator()).isZero();
        assertThat(adx.minusDirectionalIndicator()).isZero();
        assertThat(adx.value()).isZero();
    }

    @Test
    void update_withFlatBars_isZeroNotNaN() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(2);

        for (int i = 0; i < 5; i++) {
            Feed.bar(adx, 5, 5, 5);
        }

        // TR = 0, so the DIs are defined as 0, and so is DX
        assertThat(adx.plusDirectionalIndicator()).isZero();
        assertThat(adx.minusDirectionalIndicator()).isZero();
        assertThat(adx.value()).isZero();
    }

    @Test
    void update_inAStraightUptrend_is100() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(3);

        for (int i = 0; i < 10; i++) {
            Feed.bar(adx, 11 + i, 9 + i, 10 + i);
        }

        // every bar: +DM 1, −DM 0, TR 2 → +DI 50, −DI 0, DX 100
        assertThat(adx.plusDirectionalIndicator()).isCloseTo(50.0, EXACT);
        assertThat(adx.minusDirectionalIndicator()).isZero();
        assertThat(adx.value()).isCloseTo(100.0, EXACT);
    }

    @Test
    void reset_afterUpdates_needsAFullWarmupAgain() {
        AverageDirectionalIndex adx = new AverageDirectionalIndex(2);
        firstFourBars(adx);
        Feed.bar(adx, 11, 7, 8);

        adx.reset();
        Feed.bar(adx, 10, 8, 9);
        Feed.bar(adx, 12, 9, 11);
        Feed.bar(adx, 13, 10, 12);
        assertThat(adx.isReady()).isFalse();
        Feed.bar(adx, 12, 8, 9);

        assertThat(adx.value()).isCloseTo(400.0 / 7, EXACT);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AverageDirectionalIndex(0))
                .withMessage("period must be >= 1, was 0");
    }
}
