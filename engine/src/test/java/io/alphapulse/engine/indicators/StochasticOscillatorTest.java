package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StochasticOscillatorTest {

    // Bars (high, low, close) with kPeriod 3, dPeriod 2:
    //   b1 10, 8, 9
    //   b2 12, 9, 11
    //   b3 11, 7, 8      b1..b3: HH 12, LL 7 → %K = 100 × (8 − 7) / 5 = 20
    //   b4 13, 10, 12    b2..b4: HH 13, LL 7 → %K = 100 × 5/6 = 250/3; %D = (20 + 250/3)/2 = 155/3
    //   b5 12, 11, 11    b3..b5: HH 13, LL 7 → %K = 100 × 4/6 = 200/3;  %D = (250/3 + 200/3)/2 = 75
    //   b6 12.5, 11, 12  b4..b6: HH 13, LL 10 → %K = 100 × 2/3 = 200/3; %D = 200/3

    private static void firstFourBars(StochasticOscillator stochastic) {
        Feed.bar(stochastic, 10, 8, 9);
        Feed.bar(stochastic, 12, 9, 11);
        Feed.bar(stochastic, 11, 7, 8);
        Feed.bar(stochastic, 13, 10, 12);
    }

    @Test
    void warmup_isKPeriodPlusDPeriodMinusOne() {
        assertThat(new StochasticOscillator(3, 2).warmup()).isEqualTo(4);
        assertThat(new StochasticOscillator().warmup()).isEqualTo(16);
    }

    @Test
    void update_beforeWarmup_isNotReadyEvenOnceKExists() {
        StochasticOscillator stochastic = new StochasticOscillator(3, 2);

        Feed.bar(stochastic, 10, 8, 9);
        Feed.bar(stochastic, 12, 9, 11);
        Feed.bar(stochastic, 11, 7, 8);

        assertThat(stochastic.isReady()).isFalse();
        assertThat(stochastic.value()).isNaN();
        assertThat(stochastic.k()).isNaN();
        assertThat(stochastic.d()).isNaN();
    }

    @Test
    void update_atWarmup_definesKAndD() {
        StochasticOscillator stochastic = new StochasticOscillator(3, 2);

        firstFourBars(stochastic);

        assertThat(stochastic.isReady()).isTrue();
        assertThat(stochastic.value()).isCloseTo(250.0 / 3, EXACT);
        assertThat(stochastic.k()).isCloseTo(250.0 / 3, EXACT);
        assertThat(stochastic.d()).isCloseTo(155.0 / 3, EXACT);
    }

    @Test
    void update_afterWarmup_dropsOldExtremesFromTheRange() {
        StochasticOscillator stochastic = new StochasticOscillator(3, 2);
        firstFourBars(stochastic);

        Feed.bar(stochastic, 12, 11, 11);
        assertThat(stochastic.k()).isCloseTo(200.0 / 3, EXACT);
        assertThat(stochastic.d()).isCloseTo(75.0, EXACT);

        // the low of 7 (b3) leaves the window
        Feed.bar(stochastic, 12.5, 11, 12);
        assertThat(stochastic.k()).isCloseTo(200.0 / 3, EXACT);
        assertThat(stochastic.d()).isCloseTo(200.0 / 3, EXACT);
    }

    @Test
    void update_closeAtTheExtremes_gives0And100() {
        StochasticOscillator stochastic = new StochasticOscillator(2, 1);

        Feed.bar(stochastic, 10, 5, 6);
        Feed.bar(stochastic, 9, 6, 10);
        assertThat(stochastic.k()).isEqualTo(100.0);

        Feed.bar(stochastic, 9, 4, 4);
        assertThat(stochastic.k()).isEqualTo(0.0);
    }

    @Test
    void update_withoutAnyRange_isNeutral50() {
        StochasticOscillator stochastic = new StochasticOscillator(3, 2);

        for (int i = 0; i < 4; i++) {
            Feed.bar(stochastic, 5, 5, 5);
        }

        // HH = LL = 5: no range to place the close in
        assertThat(stochastic.k()).isEqualTo(50.0);
        assertThat(stochastic.d()).isEqualTo(50.0);
    }

    @Test
    void reset_afterUpdates_forgetsTheRange() {
        StochasticOscillator stochastic = new StochasticOscillator(3, 2);
        Feed.bar(stochastic, 1000, 1, 500);
        Feed.bar(stochastic, 1000, 1, 500);

        stochastic.reset();
        firstFourBars(stochastic);

        assertThat(stochastic.count()).isEqualTo(4);
        assertThat(stochastic.k()).isCloseTo(250.0 / 3, EXACT);
        assertThat(stochastic.d()).isCloseTo(155.0 / 3, EXACT);
    }

    @Test
    void constructor_withPeriodsBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StochasticOscillator(0, 3))
                .withMessage("kPeriod must be >= 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StochasticOscillator(14, 0))
                .withMessage("dPeriod must be >= 1, was 0");
    }
}
