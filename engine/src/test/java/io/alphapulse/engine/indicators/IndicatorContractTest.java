package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every indicator shares (package documentation), checked on every indicator. */
class IndicatorContractTest {

    private static final SyntheticBars BARS = new SyntheticBars(7, 500, 100.0);

    static Stream<Named<IndicatorCatalog.Case>> indicators() {
        return IndicatorCatalog.all();
    }

    private static List<Double> boxed(double[] outputs) {
        return Arrays.stream(outputs).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void construction_beforeAnyUpdate_isNotReadyAndEveryOutputIsNaN(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();

        assertThat(indicator.warmup()).isPositive();
        assertThat(indicator.count()).isZero();
        assertThat(indicator.isReady()).isFalse();
        assertThat(indicatorCase.outputs().apply(indicator)).containsOnly(Double.NaN);
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void update_beforeWarmup_isNotReadyAndEveryOutputIsNaN(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();

        for (int i = 0; i < indicator.warmup() - 1; i++) {
            BARS.feed(indicator, i);
            assertThat(indicator.count()).isEqualTo(i + 1);
            assertThat(indicator.isReady()).isFalse();
            assertThat(indicatorCase.outputs().apply(indicator)).containsOnly(Double.NaN);
        }
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void update_atWarmup_isReadyWithEveryOutputDefined(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();

        for (int i = 0; i < indicator.warmup(); i++) {
            BARS.feed(indicator, i);
        }

        assertThat(indicator.count()).isEqualTo(indicator.warmup());
        assertThat(indicator.isReady()).isTrue();
        assertThat(boxed(indicatorCase.outputs().apply(indicator))).allMatch(Double::isFinite);
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void update_afterWarmup_staysReadyWithEveryOutputDefined(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();

        for (int i = 0; i < BARS.size(); i++) {
            BARS.feed(indicator, i);
            if (i + 1 >= indicator.warmup()) {
                assertThat(indicator.isReady()).isTrue();
                assertThat(boxed(indicatorCase.outputs().apply(indicator))).allMatch(Double::isFinite);
            }
        }
        assertThat(indicator.count()).isEqualTo(BARS.size());
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void reset_afterUpdates_behavesExactlyLikeANewIndicator(IndicatorCatalog.Case indicatorCase) {
        Indicator used = indicatorCase.create();
        for (int i = BARS.size() - 1; i >= 0; i--) {
            BARS.feed(used, i);
        }

        used.reset();

        assertThat(used.count()).isZero();
        assertThat(used.isReady()).isFalse();
        assertThat(indicatorCase.outputs().apply(used)).containsOnly(Double.NaN);
        Indicator fresh = indicatorCase.create();
        for (int i = 0; i < BARS.size(); i++) {
            BARS.feed(used, i);
            BARS.feed(fresh, i);
            assertThat(indicatorCase.outputs().apply(used))
                    .as("outputs after %d updates", i + 1)
                    .isEqualTo(indicatorCase.outputs().apply(fresh));
        }
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void update_withNonFiniteBar_isRejectedAndLeavesTheIndicatorUnchanged(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();
        Indicator twin = indicatorCase.create();
        for (int i = 0; i < 50; i++) {
            BARS.feed(indicator, i);
            BARS.feed(twin, i);
        }
        double[] before = indicatorCase.outputs().apply(indicator);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> indicator.update(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1.0))
                .withMessageContaining("must be finite, was NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> indicator.update(
                        Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY,
                        1.0))
                .withMessageContaining("was Infinity");

        assertThat(indicator.count()).isEqualTo(50);
        assertThat(indicatorCase.outputs().apply(indicator)).isEqualTo(before);
        for (int i = 50; i < 100; i++) {
            BARS.feed(indicator, i);
            BARS.feed(twin, i);
        }
        assertThat(indicatorCase.outputs().apply(indicator))
                .isEqualTo(indicatorCase.outputs().apply(twin));
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void seriesUpdate_withTheClose_equalsBarUpdate(IndicatorCatalog.Case indicatorCase) {
        if (!(indicatorCase.create() instanceof SeriesIndicator)) {
            return;
        }
        SeriesIndicator byValue = (SeriesIndicator) indicatorCase.create();
        Indicator byBar = indicatorCase.create();

        for (int i = 0; i < BARS.size(); i++) {
            byValue.update(BARS.close[i]);
            BARS.feed(byBar, i);
        }

        assertThat(indicatorCase.outputs().apply(byValue))
                .isEqualTo(indicatorCase.outputs().apply(byBar));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> byValue.update(Double.NaN))
                .withMessage("value must be finite, was NaN");
    }
}
