package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExponentialMovingAverageTest {

    @Test
    void alpha_isTwoOverPeriodPlusOne() {
        // 2 / (3 + 1) = 1/2; 2 / (9 + 1) = 1/5
        assertThat(new ExponentialMovingAverage(3).alpha()).isEqualTo(0.5);
        assertThat(new ExponentialMovingAverage(9).alpha()).isCloseTo(0.2, EXACT);
    }

    @Test
    void update_beforeWarmup_isNotReady() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(3);

        Feed.values(ema, 2, 4);

        assertThat(ema.warmup()).isEqualTo(3);
        assertThat(ema.isReady()).isFalse();
        assertThat(ema.value()).isNaN();
    }

    @Test
    void update_atWarmup_isSeededWithTheSimpleMean() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(3);

        Feed.values(ema, 2, 4, 6);

        assertThat(ema.isReady()).isTrue();
        // seed = SMA = (2 + 4 + 6) / 3 = 4
        assertThat(ema.value()).isCloseTo(4.0, EXACT);
    }

    @Test
    void update_afterWarmup_followsTheRecursion() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(3);
        Feed.values(ema, 2, 4, 6);

        ema.update(8);
        // α = 1/2: 4 + 1/2 × (8 − 4) = 6
        assertThat(ema.value()).isCloseTo(6.0, EXACT);

        ema.update(12);
        // 6 + 1/2 × (12 − 6) = 9
        assertThat(ema.value()).isCloseTo(9.0, EXACT);

        ema.update(0);
        // 9 + 1/2 × (0 − 9) = 9/2
        assertThat(ema.value()).isCloseTo(4.5, EXACT);
    }

    @Test
    void update_withPeriodFour_usesAlphaTwoFifths() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(4);

        Feed.values(ema, 1, 2, 3, 6, 11);

        // seed (1 + 2 + 3 + 6) / 4 = 3; α = 2/5: 3 + 2/5 × (11 − 3) = 3 + 16/5 = 31/5
        assertThat(ema.value()).isCloseTo(31.0 / 5, EXACT);
    }

    @Test
    void update_withPeriodOne_isTheLastValue() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(1);

        Feed.values(ema, 3, 7);

        // α = 2/2 = 1
        assertThat(ema.value()).isEqualTo(7.0);
    }

    @Test
    void reset_afterUpdates_seedsAgain() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(2);
        Feed.values(ema, 50, 60, 70);

        ema.reset();
        Feed.values(ema, 1);
        assertThat(ema.value()).isNaN();
        Feed.values(ema, 3);

        // a fresh seed (1 + 3) / 2, not a continuation of the old average
        assertThat(ema.value()).isCloseTo(2.0, EXACT);
        assertThat(ema.count()).isEqualTo(2);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExponentialMovingAverage(0))
                .withMessage("period must be >= 1, was 0");
    }
}
