package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SimpleMovingAverageTest {

    @Test
    void update_beforeWarmup_isNotReady() {
        SimpleMovingAverage sma = new SimpleMovingAverage(3);

        Feed.values(sma, 10, 11);

        assertThat(sma.warmup()).isEqualTo(3);
        assertThat(sma.isReady()).isFalse();
        assertThat(sma.value()).isNaN();
    }

    @Test
    void update_atWarmup_averagesTheFirstFullWindow() {
        SimpleMovingAverage sma = new SimpleMovingAverage(3);

        Feed.values(sma, 10, 11, 12);

        assertThat(sma.isReady()).isTrue();
        // (10 + 11 + 12) / 3 = 11
        assertThat(sma.value()).isCloseTo(11.0, EXACT);
    }

    @Test
    void update_afterWarmup_slidesTheWindow() {
        SimpleMovingAverage sma = new SimpleMovingAverage(3);
        Feed.values(sma, 10, 11, 12);

        sma.update(13);
        // (11 + 12 + 13) / 3 = 12
        assertThat(sma.value()).isCloseTo(12.0, EXACT);

        sma.update(20);
        // (12 + 13 + 20) / 3 = 45 / 3 = 15
        assertThat(sma.value()).isCloseTo(15.0, EXACT);

        sma.update(-2.5);
        // (13 + 20 − 2.5) / 3 = 30.5 / 3 = 61/6
        assertThat(sma.value()).isCloseTo(61.0 / 6, EXACT);
        assertThat(sma.count()).isEqualTo(6);
    }

    @Test
    void update_withPeriodOne_isTheLastValue() {
        SimpleMovingAverage sma = new SimpleMovingAverage(1);

        Feed.values(sma, 4, 9);

        assertThat(sma.value()).isEqualTo(9.0);
    }

    @Test
    void reset_afterUpdates_startsAFreshWindow() {
        SimpleMovingAverage sma = new SimpleMovingAverage(2);
        Feed.values(sma, 100, 200, 300);

        sma.reset();
        sma.update(1);

        assertThat(sma.count()).isEqualTo(1);
        assertThat(sma.value()).isNaN();
        sma.update(2);
        // (1 + 2) / 2, nothing of 100..300 left
        assertThat(sma.value()).isCloseTo(1.5, EXACT);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimpleMovingAverage(0))
                .withMessage("period must be >= 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimpleMovingAverage(-5))
                .withMessage("period must be >= 1, was -5");
    }
}
