package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BollingerBandsTest {

    @Test
    void defaults_areTwentyPeriodsAndTwoDeviations() {
        BollingerBands bands = new BollingerBands();
        for (int i = 1; i <= 20; i++) {
            // 1, 1, ..., 3, 3: ten of each, mean 2, population σ = 1
            bands.update(i <= 10 ? 1 : 3);
        }

        assertThat(bands.warmup()).isEqualTo(20);
        assertThat(bands.upper()).isCloseTo(4.0, EXACT);
        assertThat(bands.lower()).isCloseTo(0.0, EXACT);
    }

    @Test
    void update_beforeWarmup_isNotReady() {
        BollingerBands bands = new BollingerBands(4, 2);

        Feed.values(bands, 1, 1, 3);

        assertThat(bands.isReady()).isFalse();
        assertThat(bands.middle()).isNaN();
        assertThat(bands.upper()).isNaN();
        assertThat(bands.lower()).isNaN();
        assertThat(bands.bandwidth()).isNaN();
        assertThat(bands.percentB()).isNaN();
    }

    @Test
    void update_atWarmup_usesThePopulationDeviation() {
        BollingerBands bands = new BollingerBands(4, 2);

        Feed.values(bands, 1, 1, 3, 3);

        // mean 2; deviations −1, −1, 1, 1; population variance 4/4 = 1, σ = 1
        // (the sample σ would be sqrt(4/3), making the bands 2 ± 2.309)
        assertThat(bands.isReady()).isTrue();
        assertThat(bands.value()).isCloseTo(2.0, EXACT);
        assertThat(bands.middle()).isCloseTo(2.0, EXACT);
        assertThat(bands.standardDeviation()).isCloseTo(1.0, EXACT);
        assertThat(bands.upper()).isCloseTo(4.0, EXACT);
        assertThat(bands.lower()).isCloseTo(0.0, EXACT);
        // (4 − 0) / 2 = 2
        assertThat(bands.bandwidth()).isCloseTo(2.0, EXACT);
        // (3 − 0) / (4 − 0) = 3/4
        assertThat(bands.percentB()).isCloseTo(0.75, EXACT);
    }

    @Test
    void update_afterWarmup_slidesTheWindow() {
        BollingerBands bands = new BollingerBands(2, 1.5);
        Feed.values(bands, 1, 3);
        // [1, 3]: mean 2, σ 1 → 2 ± 1.5
        assertThat(bands.upper()).isCloseTo(3.5, EXACT);
        assertThat(bands.lower()).isCloseTo(0.5, EXACT);

        bands.update(7);

        // [3, 7]: mean 5, σ = 2 → 5 ± 3 = [2, 8]; bandwidth 6/5; %B = (7 − 2) / 6 = 5/6
        assertThat(bands.middle()).isCloseTo(5.0, EXACT);
        assertThat(bands.upper()).isCloseTo(8.0, EXACT);
        assertThat(bands.lower()).isCloseTo(2.0, EXACT);
        assertThat(bands.bandwidth()).isCloseTo(6.0 / 5, EXACT);
        assertThat(bands.percentB()).isCloseTo(5.0 / 6, EXACT);

        bands.update(1);

        // [7, 1]: mean 4, σ = 3 → 4 ± 4.5 = [−0.5, 8.5]; %B = (1 + 0.5) / 9 = 1/6
        assertThat(bands.percentB()).isCloseTo(1.0 / 6, EXACT);
        assertThat(bands.bandwidth()).isCloseTo(9.0 / 4, EXACT);
    }

    @Test
    void percentB_outsideTheBands_isBelowZeroOrAboveOne() {
        BollingerBands bands = new BollingerBands(3, 0.5);

        Feed.values(bands, 10, 10, 13);

        // mean 11, deviations −1, −1, 2 → variance 6/3 = 2, σ = √2; bands 11 ± √2/2
        // %B = (13 − 11 + √2/2) / √2 = √2 + 1/2
        assertThat(bands.percentB()).isCloseTo(Math.sqrt(2) + 0.5, EXACT);
    }

    @Test
    void update_withAFlatWindow_collapsesTheBandsAndCentresPercentB() {
        BollingerBands bands = new BollingerBands(3, 2);

        Feed.values(bands, 9, 5, 5, 5);

        assertThat(bands.standardDeviation()).isZero();
        assertThat(bands.upper()).isEqualTo(5.0);
        assertThat(bands.lower()).isEqualTo(5.0);
        assertThat(bands.bandwidth()).isZero();
        assertThat(bands.percentB()).isEqualTo(0.5);
    }

    @Test
    void bandwidth_withAZeroMiddle_isNaN() {
        BollingerBands bands = new BollingerBands(2, 2);

        Feed.values(bands, -1, 1);

        assertThat(bands.middle()).isZero();
        assertThat(bands.bandwidth()).isNaN();
        // σ = 1: bands ±2, %B = (1 + 2) / 4
        assertThat(bands.percentB()).isCloseTo(0.75, EXACT);
    }

    @Test
    void reset_afterUpdates_startsAFreshWindow() {
        BollingerBands bands = new BollingerBands(2, 2);
        Feed.values(bands, 100, 300, 900);

        bands.reset();
        Feed.values(bands, 1);
        assertThat(bands.percentB()).isNaN();
        Feed.values(bands, 3);

        assertThat(bands.middle()).isCloseTo(2.0, EXACT);
        assertThat(bands.upper()).isCloseTo(4.0, EXACT);
    }

    @Test
    void constructor_withParametersOutOfRange_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BollingerBands(0, 2))
                .withMessage("period must be >= 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BollingerBands(20, 0))
                .withMessage("multiplier must be finite and > 0, was 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BollingerBands(20, Double.NaN))
                .withMessage("multiplier must be finite and > 0, was NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BollingerBands(20, Double.POSITIVE_INFINITY))
                .withMessage("multiplier must be finite and > 0, was Infinity");
    }
}
