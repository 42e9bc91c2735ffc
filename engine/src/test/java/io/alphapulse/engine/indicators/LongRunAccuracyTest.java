package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A million updates of realistic magnitude, checked against an exact recomputation over the window
 * (BigDecimal, 34 digits) at checkpoints: the running sums must not drift.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongRunAccuracyTest {

    private static final int UPDATES = 1_000_000;
    private static final int[] CHECKPOINTS = {999, 10_000, 123_457, 500_000, 876_543, UPDATES - 1};
    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private double[] prices;
    private double[] volumes;

    @BeforeAll
    void randomWalkAround30000() {
        prices = new double[UPDATES];
        volumes = new double[UPDATES];
        SplittableRandom random = new SplittableRandom(20_240_101);
        double price = 30_000;
        for (int i = 0; i < UPDATES; i++) {
            // a random walk with steps of about 15, pulled gently back towards 30,000; rounded to a
            // cent like real quotes
            price += 0.001 * (30_000 - price) + 15 * random.nextGaussian();
            prices[i] = Math.round(price * 100) / 100.0;
            volumes[i] = random.nextDouble() * 3;
        }
    }

    @Test
    void simpleMovingAverage_afterAMillionUpdates_equalsTheExactWindowMean() {
        for (int period : new int[] {20, 1000}) {
            SimpleMovingAverage sma = new SimpleMovingAverage(period);
            int checkpoint = 0;
            for (int i = 0; i < UPDATES; i++) {
                sma.update(prices[i]);
                if (i == CHECKPOINTS[checkpoint]) {
                    assertRelativelyClose(sma.value(), exactMean(i, period), "SMA(%d) at %d", period, i);
                    checkpoint++;
                }
            }
            assertThat(checkpoint).isEqualTo(CHECKPOINTS.length);
        }
    }

    @Test
    void rollingStandardDeviation_afterAMillionUpdates_equalsTheExactWindowDeviation() {
        for (int period : new int[] {20, 1000}) {
            RollingStandardDeviation population = RollingStandardDeviation.population(period);
            RollingStandardDeviation sample = RollingStandardDeviation.sample(period);
            int checkpoint = 0;
            for (int i = 0; i < UPDATES; i++) {
                population.update(prices[i]);
                sample.update(prices[i]);
                if (i == CHECKPOINTS[checkpoint]) {
                    BigDecimal squares = exactSumOfSquaredDeviations(i, period);
                    double expectedPopulation = squares.divide(BigDecimal.valueOf(period), EXACT)
                            .sqrt(EXACT)
                            .doubleValue();
                    double expectedSample = squares.divide(BigDecimal.valueOf(period - 1), EXACT)
                            .sqrt(EXACT)
                            .doubleValue();
                    assertRelativelyClose(population.value(), expectedPopulation, "σ(%d) at %d", period, i);
                    assertRelativelyClose(sample.value(), expectedSample, "s(%d) at %d", period, i);
                    assertRelativelyClose(population.mean(), exactMean(i, period), "mean(%d) at %d", period, i);
                    checkpoint++;
                }
            }
        }
    }

    @Test
    void bollingerBands_afterAMillionUpdates_equalTheExactBands() {
        BollingerBands bands = new BollingerBands(20, 2);
        for (int i = 0; i < UPDATES; i++) {
            bands.update(prices[i]);
        }

        int last = UPDATES - 1;
        double sigma = exactSumOfSquaredDeviations(last, 20)
                .divide(BigDecimal.valueOf(20), EXACT)
                .sqrt(EXACT)
                .doubleValue();
        assertRelativelyClose(bands.upper(), exactMean(last, 20) + 2 * sigma, "upper");
        assertRelativelyClose(bands.lower(), exactMean(last, 20) - 2 * sigma, "lower");
    }

    @Test
    void weightedMovingAverage_afterAMillionUpdates_equalsTheExactWeightedMean() {
        for (int period : new int[] {20, 1000}) {
            WeightedMovingAverage wma = new WeightedMovingAverage(period);
            int checkpoint = 0;
            for (int i = 0; i < UPDATES; i++) {
                wma.update(prices[i]);
                if (i == CHECKPOINTS[checkpoint]) {
                    BigDecimal weighted = BigDecimal.ZERO;
                    for (int age = 0; age < period; age++) {
                        weighted = weighted.add(
                                new BigDecimal(prices[i - age]).multiply(BigDecimal.valueOf(period - age)));
                    }
                    double expected = weighted.divide(BigDecimal.valueOf(period * (period + 1L) / 2), EXACT)
                            .doubleValue();
                    assertRelativelyClose(wma.value(), expected, "WMA(%d) at %d", period, i);
                    checkpoint++;
                }
            }
        }
    }

    @Test
    void volumeWeightedAveragePrice_afterAMillionUpdates_equalsTheExactRatio() {
        VolumeWeightedAveragePrice rolling = new VolumeWeightedAveragePrice(50);
        VolumeWeightedAveragePrice anchored = VolumeWeightedAveragePrice.anchored();
        BigDecimal anchoredPriceVolume = BigDecimal.ZERO;
        BigDecimal anchoredVolume = BigDecimal.ZERO;
        for (int i = 0; i < UPDATES; i++) {
            // a flat bar: typical price = price, so the product fed in is the one summed here
            rolling.update(prices[i], prices[i], prices[i], prices[i], volumes[i]);
            anchored.update(prices[i], prices[i], prices[i], prices[i], volumes[i]);
            double typical = (prices[i] + prices[i] + prices[i]) / 3.0;
            anchoredPriceVolume = anchoredPriceVolume.add(new BigDecimal(typical * volumes[i]));
            anchoredVolume = anchoredVolume.add(new BigDecimal(volumes[i]));
        }

        BigDecimal windowPriceVolume = BigDecimal.ZERO;
        BigDecimal windowVolume = BigDecimal.ZERO;
        for (int i = UPDATES - 50; i < UPDATES; i++) {
            double typical = (prices[i] + prices[i] + prices[i]) / 3.0;
            windowPriceVolume = windowPriceVolume.add(new BigDecimal(typical * volumes[i]));
            windowVolume = windowVolume.add(new BigDecimal(volumes[i]));
        }
        assertRelativelyClose(
                rolling.value(), windowPriceVolume.divide(windowVolume, EXACT).doubleValue(), "rolling VWAP");
        assertRelativelyClose(
                anchored.value(),
                anchoredPriceVolume.divide(anchoredVolume, EXACT).doubleValue(),
                "anchored VWAP");
    }

    @Test
    void onBalanceVolume_afterAMillionUpdates_equalsTheExactTotal() {
        OnBalanceVolume obv = new OnBalanceVolume();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < UPDATES; i++) {
            obv.update(prices[i], prices[i], prices[i], prices[i], volumes[i]);
            if (i > 0 && prices[i] > prices[i - 1]) {
                expected = expected.add(new BigDecimal(volumes[i]));
            } else if (i > 0 && prices[i] < prices[i - 1]) {
                expected = expected.subtract(new BigDecimal(volumes[i]));
            }
        }

        // OBV wanders around zero, where a relative tolerance means nothing; volumes are about 1.5
        assertThat(obv.value()).isCloseTo(expected.doubleValue(), offset(1e-9));
    }

    private double exactMean(int last, int period) {
        return exactSum(last, period).divide(BigDecimal.valueOf(period), EXACT).doubleValue();
    }

    private BigDecimal exactSum(int last, int period) {
        return IntStream.rangeClosed(last - period + 1, last)
                .mapToObj(i -> new BigDecimal(prices[i]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal exactSumOfSquaredDeviations(int last, int period) {
        BigDecimal mean = exactSum(last, period).divide(BigDecimal.valueOf(period), EXACT);
        return IntStream.rangeClosed(last - period + 1, last)
                .mapToObj(i -> new BigDecimal(prices[i]).subtract(mean).pow(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertRelativelyClose(double actual, double expected, String what, Object... arguments) {
        assertThat(Math.abs(actual - expected))
                .as(what + ": %s vs exact %s", append(arguments, actual, expected))
                .isLessThanOrEqualTo(RELATIVE_TOLERANCE * Math.abs(expected));
    }

    private static Object[] append(Object[] arguments, double actual, double expected) {
        Object[] all = Arrays.copyOf(arguments, arguments.length + 2);
        all[arguments.length] = actual;
        all[arguments.length + 1] = expected;
        return all;
    }
}
