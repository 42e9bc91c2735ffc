package io.alphapulse.engine.indicators;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Every indicator, in its usual configurations and at its smallest periods, for shared tests. */
final class IndicatorCatalog {

    /** How to build one indicator and read all of its outputs. */
    record Case(Supplier<Indicator> factory, Function<Indicator, double[]> outputs) {

        Indicator create() {
            return factory.get();
        }
    }

    private IndicatorCatalog() {}

    static Stream<Named<Case>> all() {
        return Stream.of(
                series("SimpleMovingAverage(20)", () -> new SimpleMovingAverage(20)),
                series("SimpleMovingAverage(1)", () -> new SimpleMovingAverage(1)),
                series("ExponentialMovingAverage(20)", () -> new ExponentialMovingAverage(20)),
                series("ExponentialMovingAverage(1)", () -> new ExponentialMovingAverage(1)),
                series("WeightedMovingAverage(20)", () -> new WeightedMovingAverage(20)),
                series("WeightedMovingAverage(1)", () -> new WeightedMovingAverage(1)),
                of("RelativeStrengthIndex(14)", () -> new RelativeStrengthIndex(14), IndicatorCatalog::rsi),
                of("RelativeStrengthIndex(1)", () -> new RelativeStrengthIndex(1), IndicatorCatalog::rsi),
                of("Macd(12, 26, 9)", Macd::new, IndicatorCatalog::macd),
                of("Macd(1, 2, 1)", () -> new Macd(1, 2, 1), IndicatorCatalog::macd),
                of("BollingerBands(20, 2)", BollingerBands::new, IndicatorCatalog::bollinger),
                of("BollingerBands(1, 0.5)", () -> new BollingerBands(1, 0.5), IndicatorCatalog::bollinger),
                of("AverageTrueRange(14)", AverageTrueRange::new, IndicatorCatalog::atr),
                of("AverageTrueRange(1)", () -> new AverageTrueRange(1), IndicatorCatalog::atr),
                of("StochasticOscillator(14, 3)", StochasticOscillator::new, IndicatorCatalog::stochastic),
                of("StochasticOscillator(1, 1)", () -> new StochasticOscillator(1, 1), IndicatorCatalog::stochastic),
                series("RateOfChange(10)", () -> new RateOfChange(10)),
                series("RateOfChange(1)", () -> new RateOfChange(1)),
                of("OnBalanceVolume", OnBalanceVolume::new, IndicatorCatalog::valueOnly),
                of("VolumeWeightedAveragePrice(20)", () -> new VolumeWeightedAveragePrice(20), IndicatorCatalog::vwap),
                of("VolumeWeightedAveragePrice(1)", () -> new VolumeWeightedAveragePrice(1), IndicatorCatalog::vwap),
                of(
                        "VolumeWeightedAveragePrice.anchored()",
                        VolumeWeightedAveragePrice::anchored,
                        IndicatorCatalog::vwap),
                of("AverageDirectionalIndex(14)", AverageDirectionalIndex::new, IndicatorCatalog::adx),
                of("AverageDirectionalIndex(1)", () -> new AverageDirectionalIndex(1), IndicatorCatalog::adx),
                of("DonchianChannel(20)", () -> new DonchianChannel(20), IndicatorCatalog::donchian),
                of("DonchianChannel(1)", () -> new DonchianChannel(1), IndicatorCatalog::donchian),
                of("RollingStandardDeviation(20)", () -> new RollingStandardDeviation(20), IndicatorCatalog::deviation),
                of("RollingStandardDeviation(1)", () -> new RollingStandardDeviation(1), IndicatorCatalog::deviation),
                of(
                        "RollingStandardDeviation.sample(20)",
                        () -> RollingStandardDeviation.sample(20),
                        IndicatorCatalog::deviation),
                of(
                        "RollingStandardDeviation.sample(2)",
                        () -> RollingStandardDeviation.sample(2),
                        IndicatorCatalog::deviation));
    }

    private static Named<Case> of(String name, Supplier<Indicator> factory, Function<Indicator, double[]> outputs) {
        return Named.of(name, new Case(factory, outputs));
    }

    private static Named<Case> series(String name, Supplier<Indicator> factory) {
        return of(name, factory, IndicatorCatalog::valueOnly);
    }

    private static double[] valueOnly(Indicator indicator) {
        return new double[] {indicator.value()};
    }

    private static double[] rsi(Indicator indicator) {
        RelativeStrengthIndex rsi = (RelativeStrengthIndex) indicator;
        return new double[] {rsi.value(), rsi.averageGain(), rsi.averageLoss()};
    }

    private static double[] macd(Indicator indicator) {
        Macd macd = (Macd) indicator;
        return new double[] {macd.value(), macd.signal(), macd.histogram()};
    }

    private static double[] bollinger(Indicator indicator) {
        BollingerBands bands = (BollingerBands) indicator;
        return new double[] {
            bands.value(),
            bands.middle(),
            bands.upper(),
            bands.lower(),
            bands.standardDeviation(),
            bands.bandwidth(),
            bands.percentB()
        };
    }

    private static double[] atr(Indicator indicator) {
        AverageTrueRange atr = (AverageTrueRange) indicator;
        return new double[] {atr.value(), atr.trueRange()};
    }

    private static double[] stochastic(Indicator indicator) {
        StochasticOscillator stochastic = (StochasticOscillator) indicator;
        return new double[] {stochastic.value(), stochastic.k(), stochastic.d()};
    }

    private static double[] vwap(Indicator indicator) {
        VolumeWeightedAveragePrice vwap = (VolumeWeightedAveragePrice) indicator;
        return new double[] {vwap.value(), vwap.volume()};
    }

    private static double[] adx(Indicator indicator) {
        AverageDirectionalIndex adx = (AverageDirectionalIndex) indicator;
        return new double[] {adx.value(), adx.plusDirectionalIndicator(), adx.minusDirectionalIndicator()};
    }

    private static double[] donchian(Indicator indicator) {
        DonchianChannel channel = (DonchianChannel) indicator;
        return new double[] {channel.value(), channel.upper(), channel.lower(), channel.middle()};
    }

    private static double[] deviation(Indicator indicator) {
        RollingStandardDeviation deviation = (RollingStandardDeviation) indicator;
        return new double[] {deviation.value(), deviation.variance(), deviation.mean()};
    }
}
