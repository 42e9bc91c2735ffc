package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MacdTest {

    // MACD(2, 3, 2) over 1, 2, 4, 8, 16. Fast EMA(2), α = 2/3, seeded (1 + 2)/2 = 3/2:
    //   after 4: 3/2 + 2/3 (4 − 3/2) = 19/6; after 8: 19/6 + 2/3 (8 − 19/6) = 115/18;
    //   after 16: 115/18 + 2/3 (16 − 115/18) = 691/54.
    // Slow EMA(3), α = 1/2, seeded (1 + 2 + 4)/3 = 7/3:
    //   after 8: 7/3 + 1/2 (8 − 7/3) = 31/6; after 16: 31/6 + 1/2 (16 − 31/6) = 127/12.
    // MACD line: 19/6 − 7/3 = 5/6; 115/18 − 31/6 = 11/9; 691/54 − 127/12 = 239/108.
    // Signal EMA(2) of the line, α = 2/3, seeded (5/6 + 11/9)/2 = 37/36;
    //   then 37/36 + 2/3 (239/108 − 37/36) = 589/324.

    @Test
    void warmup_isSlowPlusSignalMinusOne() {
        assertThat(new Macd(2, 3, 2).warmup()).isEqualTo(4);
        assertThat(new Macd().warmup()).isEqualTo(34);
    }

    @Test
    void update_beforeWarmup_isNotReadyEvenOnceTheLineExists() {
        Macd macd = new Macd(2, 3, 2);

        // the MACD line exists from the third value, the signal from the fourth
        Feed.values(macd, 1, 2, 4);

        assertThat(macd.isReady()).isFalse();
        assertThat(macd.value()).isNaN();
        assertThat(macd.signal()).isNaN();
        assertThat(macd.histogram()).isNaN();
    }

    @Test
    void update_atWarmup_definesLineSignalAndHistogram() {
        Macd macd = new Macd(2, 3, 2);

        Feed.values(macd, 1, 2, 4, 8);

        assertThat(macd.isReady()).isTrue();
        assertThat(macd.value()).isCloseTo(11.0 / 9, EXACT);
        assertThat(macd.signal()).isCloseTo(37.0 / 36, EXACT);
        // 11/9 − 37/36 = 7/36
        assertThat(macd.histogram()).isCloseTo(7.0 / 36, EXACT);
    }

    @Test
    void update_afterWarmup_followsBothRecursions() {
        Macd macd = new Macd(2, 3, 2);
        Feed.values(macd, 1, 2, 4, 8);

        macd.update(16);

        assertThat(macd.value()).isCloseTo(239.0 / 108, EXACT);
        assertThat(macd.signal()).isCloseTo(589.0 / 324, EXACT);
        // 239/108 − 589/324 = 128/324 = 32/81
        assertThat(macd.histogram()).isCloseTo(32.0 / 81, EXACT);
    }

    @Test
    void update_withConstantValues_isZero() {
        Macd macd = new Macd();

        for (int i = 0; i < 40; i++) {
            macd.update(42.0);
        }

        assertThat(macd.value()).isZero();
        assertThat(macd.signal()).isZero();
        assertThat(macd.histogram()).isZero();
    }

    @Test
    void reset_afterUpdates_needsAFullWarmupAgain() {
        Macd macd = new Macd(2, 3, 2);
        Feed.values(macd, 100, 50, 25, 12, 6);

        macd.reset();
        Feed.values(macd, 1, 2, 4);
        assertThat(macd.isReady()).isFalse();
        macd.update(8);

        assertThat(macd.count()).isEqualTo(4);
        assertThat(macd.value()).isCloseTo(11.0 / 9, EXACT);
        assertThat(macd.signal()).isCloseTo(37.0 / 36, EXACT);
    }

    @Test
    void constructor_withPeriodsOutOfRange_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Macd(0, 26, 9))
                .withMessage("fast must be >= 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Macd(12, 12, 9))
                .withMessage("slow must be >= 13, was 12");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Macd(12, 26, 0))
                .withMessage("signal must be >= 1, was 0");
    }
}
