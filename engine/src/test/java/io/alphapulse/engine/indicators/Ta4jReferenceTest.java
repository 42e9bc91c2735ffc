package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.averages.WMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandWidthIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.bollinger.PercentBIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelLowerIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelMiddleIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.Num;

/**
 * Every indicator against ta4j 0.22 (computing in double) on real data: Apple's 2013 daily bars
 * and a week of Bitstamp BTC/USD trades aggregated into 1-minute bars.
 *
 * <p>Values must agree to 1e-9, relative to the value's magnitude (absolute below 1; for MACD,
 * whose values are small differences of prices, relative to the price). Where ta4j defines a
 * partial window or NaN for the first bars, comparison starts at our warm-up. Where ta4j seeds a
 * recursive average differently (EMA, Wilder's averages), the difference between the two shrinks
 * by a known factor per bar; comparison starts once that factor has shrunk it to 1e-12 of its
 * initial size, which is below the tolerance even when the seeds differed by 100 times the value.
 * The short Apple series uses shorter periods for those, so that enough bars remain to compare.
 */
class Ta4jReferenceTest {

    private static final double TOLERANCE = 1e-9;
    /** What a seeding difference must shrink by before it is invisible at TOLERANCE. */
    private static final double DECAYED = 1e-12;
    /** Below this many compared bars a comparison would prove little. */
    private static final int MINIMUM_COMPARED_BARS = 50;

    /**
     * A data set and the periods used on it for recursive indicators, short enough on the 252
     * Apple bars for the ta4j seeding difference to decay well before the end.
     */
    record DataSet(
            List<TestBar> bars,
            BarSeries series,
            int wilderPeriod,
            int emaPeriod,
            int macdFast,
            int macdSlow,
            int macdSignal) {

        ClosePriceIndicator closes() {
            return new ClosePriceIndicator(series);
        }
    }

    private static final DataSet APPLE = new DataSet(
            MarketData.APPLE_DAILY,
            MarketData.toTa4jSeries("AAPL daily", MarketData.APPLE_DAILY, MarketData.ONE_DAY),
            5,
            10,
            5,
            10,
            4);

    private static final DataSet BITSTAMP = new DataSet(
            MarketData.BITSTAMP_MINUTES,
            MarketData.toTa4jSeries("BTC/USD 1m", MarketData.BITSTAMP_MINUTES, MarketData.ONE_MINUTE),
            14,
            26,
            12,
            26,
            9);

    static Stream<Named<DataSet>> dataSets() {
        return Stream.of(
                Named.of("Apple daily 2013 (252 bars)", APPLE),
                Named.of("Bitstamp BTC/USD 1-minute (" + BITSTAMP.bars().size() + " bars)", BITSTAMP));
    }

    @Test
    void marketData_fromTheTa4jExamplesJar_isLoadedAndAggregated() {
        assertThat(APPLE.bars()).hasSize(252);
        // 2013-01-02,553.82,555.00,541.63,549.03,20018500
        assertThat(APPLE.bars().getFirst())
                .isEqualTo(
                        new TestBar(Instant.parse("2013-01-03T00:00:00Z"), 553.82, 555.00, 541.63, 549.03, 20018500));
        // 99,999 trades over 6.7 days fall into 9,399 distinct minutes
        assertThat(BITSTAMP.bars()).hasSize(9_399);
        assertThat(BITSTAMP.bars().getFirst().open()).isEqualTo(800.01);
        assertThat(APPLE.series().getBarCount()).isEqualTo(252);
        assertThat(BITSTAMP.series().getBarCount()).isEqualTo(9_399);
    }

    // ---- Same definition once past warm-up: compared from our first defined value ----

    @ParameterizedTest
    @MethodSource("dataSets")
    void simpleMovingAverage_matchesTa4jSma(DataSet data) {
        SimpleMovingAverage ours = new SimpleMovingAverage(20);

        compare(data, ours, ours.warmup() - 1, output("SMA", ours::value, new SMAIndicator(data.closes(), 20)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void weightedMovingAverage_matchesTa4jWma(DataSet data) {
        WeightedMovingAverage ours = new WeightedMovingAverage(20);

        compare(data, ours, ours.warmup() - 1, output("WMA", ours::value, new WMAIndicator(data.closes(), 20)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void rollingStandardDeviation_matchesTa4jPopulationDeviation(DataSet data) {
        RollingStandardDeviation population = new RollingStandardDeviation(20);
        RollingStandardDeviation sample = RollingStandardDeviation.sample(20);
        StandardDeviationIndicator theirs = new StandardDeviationIndicator(data.closes(), 20);
        // ta4j has no sample deviation; s = σ × sqrt(n / (n − 1)) exactly
        Indicator both = new Both(population, sample);

        compare(
                data,
                both,
                19,
                output("σ", population::value, theirs),
                derivedOutput("s", sample::value, i -> theirs.getValue(i).doubleValue() * Math.sqrt(20.0 / 19)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void bollingerBands_matchTa4jBandsWidthAndPercentB(DataSet data) {
        BollingerBands ours = new BollingerBands(20, 2);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(data.closes(), 20));
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(data.closes(), 20);
        BollingerBandsUpperIndicator upper = new BollingerBandsUpperIndicator(
                middle, deviation, data.series().numFactory().numOf(2));
        BollingerBandsLowerIndicator lower = new BollingerBandsLowerIndicator(
                middle, deviation, data.series().numFactory().numOf(2));
        BollingerBandWidthIndicator width = new BollingerBandWidthIndicator(upper, middle, lower);

        compare(
                data,
                ours,
                ours.warmup() - 1,
                output("middle", ours::middle, middle),
                output("upper", ours::upper, upper),
                output("lower", ours::lower, lower),
                // ta4j's bandwidth is in percent, ours a ratio
                output("bandwidth × 100", () -> 100 * ours.bandwidth(), width),
                output("%B", ours::percentB, new PercentBIndicator(data.closes(), 20, 2))
                        // σ = 0: ta4j divides 0 by 0, ours is defined as the middle
                        .whereTa4jIsNaN(value -> value == 0.5));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void stochasticOscillator_matchesTa4jKAndD(DataSet data) {
        StochasticOscillator ours = new StochasticOscillator(14, 3);
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(data.series(), 14);

        compare(
                data,
                ours,
                ours.warmup() - 1,
                // HH = LL: ta4j divides 0 by 0, ours is defined as 50
                output("%K", ours::k, k).whereTa4jIsNaN(value -> value == 50),
                // ...and ta4j's %D stays NaN while such a %K is in its window; ours averages the 50
                output("%D", ours::d, new StochasticOscillatorDIndicator(k)).whereTa4jIsNaN(Double::isFinite));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void rateOfChange_matchesTa4jRoc(DataSet data) {
        RateOfChange ours = new RateOfChange(10);

        compare(data, ours, ours.warmup() - 1, output("ROC", ours::value, new ROCIndicator(data.closes(), 10)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void onBalanceVolume_matchesTa4jObvFromTheFirstBar(DataSet data) {
        OnBalanceVolume ours = new OnBalanceVolume();

        compare(data, ours, 0, output("OBV", ours::value, new OnBalanceVolumeIndicator(data.series())));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void volumeWeightedAveragePrice_matchesTa4jVwap(DataSet data) {
        VolumeWeightedAveragePrice rolling = new VolumeWeightedAveragePrice(20);
        VolumeWeightedAveragePrice anchored = VolumeWeightedAveragePrice.anchored();

        compare(
                data,
                new Both(rolling, anchored),
                rolling.warmup() - 1,
                output("rolling VWAP", rolling::value, new VWAPIndicator(data.series(), 20)),
                // a window at least as long as the series is the cumulative, anchored VWAP
                output(
                        "anchored VWAP",
                        anchored::value,
                        new VWAPIndicator(data.series(), data.bars().size())));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void donchianChannel_matchesTa4jChannel(DataSet data) {
        DonchianChannel ours = new DonchianChannel(20);

        compare(
                data,
                ours,
                ours.warmup() - 1,
                output("upper", ours::upper, new DonchianChannelUpperIndicator(data.series(), 20)),
                output("lower", ours::lower, new DonchianChannelLowerIndicator(data.series(), 20)),
                output("middle", ours::middle, new DonchianChannelMiddleIndicator(data.series(), 20)));
    }

    // ---- Seeded differently from ta4j: compared once the seeding difference has decayed ----

    @ParameterizedTest
    @MethodSource("dataSets")
    void exponentialMovingAverage_matchesTa4jEmaOnceTheSeedHasDecayed(DataSet data) {
        int period = data.emaPeriod();
        ExponentialMovingAverage ours = new ExponentialMovingAverage(period);
        // ta4j seeds at index `period` with one value; from there the difference shrinks by 1 − α
        int from = period + barsUntilDecayed(1 - ours.alpha(), 0);

        compare(data, ours, from, output("EMA", ours::value, new EMAIndicator(data.closes(), period)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void relativeStrengthIndex_matchesTa4jRsiOnceTheSeedHasDecayed(DataSet data) {
        int period = data.wilderPeriod();
        RelativeStrengthIndex ours = new RelativeStrengthIndex(period);
        // both first answer at index `period`; Wilder's averages forget by 1 − 1/period per bar
        int from = period + barsUntilDecayed(1 - 1.0 / period, 0);

        compare(data, ours, from, output("RSI", ours::value, new RSIIndicator(data.closes(), period)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void averageTrueRange_matchesTa4jAtrOnceTheSeedHasDecayed(DataSet data) {
        int period = data.wilderPeriod();
        AverageTrueRange ours = new AverageTrueRange(period);
        // ta4j seeds at index `period` with one true range; the difference shrinks by 1 − 1/period
        int from = period + barsUntilDecayed(1 - 1.0 / period, 0);

        compare(data, ours, from, output("ATR", ours::value, new ATRIndicator(data.series(), period)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void averageDirectionalIndex_matchesTa4jAdxAndDirectionalIndicatorsOnceTheSeedsHaveDecayed(DataSet data) {
        int period = data.wilderPeriod();
        AverageDirectionalIndex ours = new AverageDirectionalIndex(period);
        // ta4j seeds ATR, ±DM averages and ADX at index `period` with single values. The DI
        // difference shrinks by 1 − 1/period per bar; ADX averages that shrinking DX difference
        // with the same factor, so its difference goes like k × (1 − 1/period)^k.
        int from = Math.max(ours.warmup() - 1, period + barsUntilDecayed(1 - 1.0 / period, 1));

        compare(
                data,
                ours,
                from,
                output("ADX", ours::value, new ADXIndicator(data.series(), period)),
                output("+DI", ours::plusDirectionalIndicator, new PlusDIIndicator(data.series(), period)),
                output("−DI", ours::minusDirectionalIndicator, new MinusDIIndicator(data.series(), period)));
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void macd_matchesTa4jMacdSignalAndHistogramOnceTheSeedsHaveDecayed(DataSet data) {
        int fast = data.macdFast();
        int slow = data.macdSlow();
        int signal = data.macdSignal();
        Macd ours = new Macd(fast, slow, signal);
        MACDIndicator theirs = new MACDIndicator(data.closes(), fast, slow);
        // The slow EMA forgets slowest, by 1 − 2/(slow + 1) per bar; the signal EMA smooths the
        // line's shrinking difference, so allow the k × factor^k of a chained average.
        int from = ours.warmup() + barsUntilDecayed(1 - 2.0 / (slow + 1), 1);
        // MACD values are small differences of prices; their rounding is relative to the price
        IntToDoubleFunction priceLevel = i -> data.bars().get(i).close();

        compare(
                data,
                ours,
                from,
                output("MACD", ours::value, theirs).relativeTo(priceLevel),
                output("signal", ours::signal, theirs.getSignalLine(signal)).relativeTo(priceLevel),
                output("histogram", ours::histogram, theirs.getHistogram(signal))
                        .relativeTo(priceLevel));
    }

    // ---- Comparison machinery ----

    /**
     * The smallest k with {@code retained^k × (k + 1)^degree ≤ DECAYED}: bars after which a
     * seeding difference shrinking by {@code retained} per bar (degree 0), or a Wilder/EMA average
     * of such a difference (degree 1), is negligible.
     */
    static int barsUntilDecayed(double retained, int degree) {
        int bars = 0;
        while (Math.pow(retained, bars) * Math.pow(bars + 1, degree) > DECAYED) {
            bars++;
        }
        return bars;
    }

    private static final class Output {
        final String name;
        final DoubleSupplier ours;
        final IntToDoubleFunction theirs;
        IntToDoubleFunction scale;
        DoublePredicate oursWhereTa4jIsNaN = Double::isNaN;

        Output(String name, DoubleSupplier ours, IntToDoubleFunction theirs) {
            this.name = name;
            this.ours = ours;
            this.theirs = theirs;
            this.scale = i -> Math.max(1.0, Math.abs(theirs.applyAsDouble(i)));
        }

        /** Compare with a tolerance relative to this magnitude instead of the value's own. */
        Output relativeTo(IntToDoubleFunction magnitude) {
            this.scale = magnitude;
            return this;
        }

        /** Where ta4j has no value (NaN), ours must satisfy this instead. */
        Output whereTa4jIsNaN(DoublePredicate expectation) {
            this.oursWhereTa4jIsNaN = expectation;
            return this;
        }
    }

    private static Output output(String name, DoubleSupplier ours, org.ta4j.core.Indicator<Num> theirs) {
        return new Output(name, ours, i -> theirs.getValue(i).doubleValue());
    }

    private static Output derivedOutput(String name, DoubleSupplier ours, IntToDoubleFunction theirs) {
        return new Output(name, ours, theirs);
    }

    /** Feeds every bar to ours and compares each output with ta4j's at every index from {@code from}. */
    private static void compare(DataSet data, Indicator ours, int from, Output... outputs) {
        assertThat(data.bars().size() - from)
                .as("bars left to compare after the seeding difference decayed")
                .isGreaterThanOrEqualTo(MINIMUM_COMPARED_BARS);
        for (int i = 0; i < data.bars().size(); i++) {
            data.bars().get(i).feed(ours);
            if (i < from) {
                continue;
            }
            assertThat(ours.isReady()).as("ready at index %d", i).isTrue();
            for (Output output : outputs) {
                double actual = output.ours.getAsDouble();
                double expected = output.theirs.applyAsDouble(i);
                if (Double.isNaN(expected)) {
                    assertThat(output.oursWhereTa4jIsNaN.test(actual))
                            .as("%s at index %d is %s where ta4j has NaN", output.name, i, actual)
                            .isTrue();
                    continue;
                }
                assertThat(Math.abs(actual - expected))
                        .as("%s at index %d: ours %s, ta4j %s", output.name, i, actual, expected)
                        .isLessThanOrEqualTo(TOLERANCE * output.scale.applyAsDouble(i));
            }
        }
    }

    /** Feeds two indicators as one, to compare both with ta4j in one pass. */
    private record Both(Indicator first, Indicator second) implements Indicator {

        @Override
        public int warmup() {
            return Math.max(first.warmup(), second.warmup());
        }

        @Override
        public boolean isReady() {
            return first.isReady() && second.isReady();
        }

        @Override
        public long count() {
            return first.count();
        }

        @Override
        public double value() {
            return first.value();
        }

        @Override
        public void reset() {
            first.reset();
            second.reset();
        }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            first.update(open, high, low, close, volume);
            second.update(open, high, low, close, volume);
        }
    }
}
