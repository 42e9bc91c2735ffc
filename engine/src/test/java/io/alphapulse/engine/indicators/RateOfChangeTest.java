package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RateOfChangeTest {

    @Test
    void update_beforeWarmup_isNotReady() {
        RateOfChange roc = new RateOfChange(2);

        Feed.values(roc, 10, 12);

        assertThat(roc.warmup()).isEqualTo(3);
        assertThat(roc.isReady()).isFalse();
        assertThat(roc.value()).isNaN();
    }

    @Test
    void update_atWarmup_comparesWithTheValuePeriodStepsBack() {
        RateOfChange roc = new RateOfChange(2);

        Feed.values(roc, 10, 12, 15);

        assertThat(roc.isReady()).isTrue();
        // 100 × (15 − 10) / 10 = 50
        assertThat(roc.value()).isCloseTo(50.0, EXACT);
    }

    @Test
    void update_afterWarmup_slidesTheBase() {
        RateOfChange roc = new RateOfChange(2);
        Feed.values(roc, 10, 12, 15);

        roc.update(9);
        // 100 × (9 − 12) / 12 = −25
        assertThat(roc.value()).isCloseTo(-25.0, EXACT);

        roc.update(0);
        // 100 × (0 − 15) / 15 = −100
        assertThat(roc.value()).isCloseTo(-100.0, EXACT);

        roc.update(5);
        // 100 × (5 − 9) / 9 = −400/9
        assertThat(roc.value()).isCloseTo(-400.0 / 9, EXACT);
    }

    @Test
    void update_withAZeroBase_isNaN() {
        RateOfChange roc = new RateOfChange(1);

        Feed.values(roc, 0, 5);
        assertThat(roc.isReady()).isTrue();
        assertThat(roc.value()).isNaN();

        roc.update(10);
        // 100 × (10 − 5) / 5
        assertThat(roc.value()).isCloseTo(100.0, EXACT);
    }

    @Test
    void reset_afterUpdates_needsAFullWarmupAgain() {
        RateOfChange roc = new RateOfChange(1);
        Feed.values(roc, 100, 200);

        roc.reset();
        roc.update(4);
        assertThat(roc.value()).isNaN();
        roc.update(5);

        // 100 × (5 − 4) / 4 = 25
        assertThat(roc.value()).isCloseTo(25.0, EXACT);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateOfChange(0))
                .withMessage("period must be >= 1, was 0");
    }
}
