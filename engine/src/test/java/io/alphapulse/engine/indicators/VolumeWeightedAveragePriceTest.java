package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VolumeWeightedAveragePriceTest {

    // Bars (high, low, close, volume) → typical price (h + l + c)/3, typical × volume:
    //   b1 12, 9, 9, 100    tp 10, 1000
    //   b2 13, 11, 12, 300  tp 12, 3600
    //   b3 15, 12, 15, 0    tp 14, 0
    //   b4 16, 14, 15, 0    tp 15, 0
    //   b5 20, 16, 18, 50   tp 18, 900

    private static void feedAll(VolumeWeightedAveragePrice vwap, double... expectedAfterEachBar) {
        double[][] bars = {{12, 9, 9, 100}, {13, 11, 12, 300}, {15, 12, 15, 0}, {16, 14, 15, 0}, {20, 16, 18, 50}};
        for (int i = 0; i < bars.length; i++) {
            Feed.bar(vwap, bars[i][0], bars[i][1], bars[i][2], bars[i][3]);
            if (Double.isNaN(expectedAfterEachBar[i])) {
                assertThat(vwap.value()).as("after bar %d", i + 1).isNaN();
            } else {
                assertThat(vwap.value()).as("after bar %d", i + 1).isCloseTo(expectedAfterEachBar[i], EXACT);
            }
        }
    }

    @Test
    void rolling_beforeWarmup_isNotReady() {
        VolumeWeightedAveragePrice vwap = new VolumeWeightedAveragePrice(2);

        Feed.bar(vwap, 12, 9, 9, 100);

        assertThat(vwap.warmup()).isEqualTo(2);
        assertThat(vwap.isAnchored()).isFalse();
        assertThat(vwap.isReady()).isFalse();
        assertThat(vwap.value()).isNaN();
        assertThat(vwap.volume()).isNaN();
    }

    @Test
    void rolling_weighsTypicalPricesByVolumeOverTheWindow() {
        VolumeWeightedAveragePrice vwap = new VolumeWeightedAveragePrice(2);

        feedAll(
                vwap,
                Double.NaN,
                // b1, b2: (1000 + 3600) / (100 + 300) = 11.5
                11.5,
                // b2, b3: (3600 + 0) / 300 = 12; the zero-volume bar does not move it
                12.0,
                // b3, b4: no volume in the window at all
                Double.NaN,
                // b4, b5: 900 / 50 = 18
                18.0);
        assertThat(vwap.isReady()).isTrue();
        assertThat(vwap.volume()).isCloseTo(50.0, EXACT);
    }

    @Test
    void anchored_weighsEveryBarSinceTheAnchor() {
        VolumeWeightedAveragePrice vwap = VolumeWeightedAveragePrice.anchored();

        assertThat(vwap.warmup()).isEqualTo(1);
        assertThat(vwap.isAnchored()).isTrue();
        assertThat(vwap.period()).isZero();
        feedAll(
                vwap,
                // b1: its own typical price
                10.0,
                // 4600 / 400
                11.5,
                11.5,
                11.5,
                // (4600 + 900) / 450 = 110/9
                110.0 / 9);
    }

    @Test
    void periodZero_isAnchored() {
        VolumeWeightedAveragePrice vwap = new VolumeWeightedAveragePrice(0);

        assertThat(vwap.isAnchored()).isTrue();
        feedAll(vwap, 10.0, 11.5, 11.5, 11.5, 110.0 / 9);
    }

    @Test
    void anchored_withoutVolumeSinceTheAnchor_isNaNThoughReady() {
        VolumeWeightedAveragePrice vwap = VolumeWeightedAveragePrice.anchored();

        Feed.bar(vwap, 12, 9, 9, 0);

        assertThat(vwap.isReady()).isTrue();
        assertThat(vwap.value()).isNaN();
        assertThat(vwap.volume()).isZero();
    }

    @Test
    void rolling_afterVolumeLeavesTheWindow_isExactlyWithoutVolume() {
        VolumeWeightedAveragePrice vwap = new VolumeWeightedAveragePrice(3);
        // volumes whose sum does not round-trip exactly through add and subtract
        Feed.bar(vwap, 1, 1, 1, 0.1);
        Feed.bar(vwap, 2, 2, 2, 0.7);
        Feed.bar(vwap, 3, 3, 3, 1e-9);

        for (int i = 0; i < 3; i++) {
            Feed.bar(vwap, 4, 4, 4, 0);
        }

        assertThat(vwap.value()).isNaN();
        assertThat(vwap.volume()).isZero();
        Feed.bar(vwap, 6, 3, 3, 2);
        // only the last bar has volume: its typical price (6 + 3 + 3) / 3
        assertThat(vwap.value()).isCloseTo(4.0, EXACT);
    }

    @Test
    void reset_anchored_startsANewSession() {
        VolumeWeightedAveragePrice vwap = VolumeWeightedAveragePrice.anchored();
        Feed.bar(vwap, 100, 100, 100, 1000);

        vwap.reset();
        Feed.bar(vwap, 13, 11, 12, 300);

        assertThat(vwap.count()).isEqualTo(1);
        assertThat(vwap.value()).isCloseTo(12.0, EXACT);
    }

    @Test
    void reset_rolling_startsAFreshWindow() {
        VolumeWeightedAveragePrice vwap = new VolumeWeightedAveragePrice(2);
        Feed.bar(vwap, 100, 100, 100, 1000);
        Feed.bar(vwap, 100, 100, 100, 1000);

        vwap.reset();

        feedAll(vwap, Double.NaN, 11.5, 12.0, Double.NaN, 18.0);
    }

    @Test
    void update_withNegativeOrNonFiniteVolume_isRejected() {
        VolumeWeightedAveragePrice vwap = new VolumeWeightedAveragePrice(2);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Feed.bar(vwap, 12, 9, 9, -0.5))
                .withMessage("volume must be finite and >= 0, was -0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Feed.bar(vwap, 12, 9, 9, Double.POSITIVE_INFINITY))
                .withMessage("volume must be finite and >= 0, was Infinity");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Feed.bar(vwap, 12, 9, 9, Double.NaN))
                .withMessage("volume must be finite and >= 0, was NaN");
        assertThat(vwap.count()).isZero();
    }

    @Test
    void constructor_withNegativePeriod_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VolumeWeightedAveragePrice(-1))
                .withMessage("period must be >= 0, was -1");
    }
}
