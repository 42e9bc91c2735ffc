package io.alphapulse.engine.indicators;

/**
 * Bollinger bands: a moving average with bands a multiple of the window's standard deviation
 * above and below it.
 *
 * <ul>
 *   <li>{@link #middle()} (also {@link #value()}): SMA of the last {@code period} values;
 *   <li>{@link #upper()} / {@link #lower()}: {@code middle ± multiplier × σ}, with σ the
 *       <em>population</em> standard deviation of the same window (divide by n), as John Bollinger
 *       specifies and TA-Lib and ta4j compute;
 *   <li>{@link #bandwidth()}: {@code (upper − lower) / middle}, a ratio (0.1 = bands 10% of the
 *       price apart); NaN when the middle is 0;
 *   <li>{@link #percentB()}: {@code (x − lower) / (upper − lower)}, where the last value sits in
 *       the bands (0 = on the lower band, 1 = on the upper); 0.5 when the bands have collapsed
 *       onto the middle (σ = 0), since a value equal to every value of the window sits in the
 *       middle.
 * </ul>
 *
 * <p>Warm-up: {@code period} values (20 by default). Use it for volatility breakouts ("squeeze":
 * low bandwidth) and mean reversion (%B outside 0–1). Mean and σ come from one {@link
 * RollingStandardDeviation}, so they stay accurate over millions of bars.
 *
 * <p>Differs from ta4j: ta4j's {@code BollingerBandWidthIndicator} is in percent, {@code 100 ×
 * (upper − lower) / middle}; here it is the plain ratio. ta4j's bands are defined on partial
 * windows for the first {@code period − 1} bars (NaN here), and its {@code PercentBIndicator} is
 * NaN rather than 0.5 when σ = 0.
 */
public final class BollingerBands implements SeriesIndicator {

    private final double multiplier;
    private final RollingStandardDeviation deviation;
    private double last;

    /** The classic bands: 20 periods, 2 standard deviations. */
    public BollingerBands() {
        this(20, 2.0);
    }

    /**
     * @param period window of the moving average and the deviation, at least 1
     * @param multiplier how many standard deviations the bands sit from the middle, finite and > 0
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public BollingerBands(int period, double multiplier) {
        Parameters.requireAtLeast("period", period, 1);
        this.multiplier = Parameters.requirePositiveFinite("multiplier", multiplier);
        this.deviation = RollingStandardDeviation.population(period);
    }

    @Override
    public void update(double value) {
        deviation.update(value);
        last = value;
    }

    /** The middle band; NaN until ready. */
    @Override
    public double value() {
        return middle();
    }

    /** The middle band, the SMA of the window; NaN until ready. */
    public double middle() {
        return deviation.mean();
    }

    /** middle + multiplier × σ; NaN until ready. */
    public double upper() {
        return deviation.mean() + multiplier * deviation.value();
    }

    /** middle − multiplier × σ; NaN until ready. */
    public double lower() {
        return deviation.mean() - multiplier * deviation.value();
    }

    /** The population standard deviation σ of the window; NaN until ready. */
    public double standardDeviation() {
        return deviation.value();
    }

    /** (upper − lower) / middle as a ratio; NaN until ready or when the middle is 0. */
    public double bandwidth() {
        double middle = deviation.mean();
        return middle == 0.0 ? Double.NaN : 2.0 * multiplier * deviation.value() / middle;
    }

    /** (x − lower) / (upper − lower) for the last value x; 0.5 when σ = 0; NaN until ready. */
    public double percentB() {
        if (!isReady()) {
            return Double.NaN;
        }
        double width = 2.0 * multiplier * deviation.value();
        if (width == 0.0) {
            return 0.5;
        }
        return (last - lower()) / width;
    }

    @Override
    public int warmup() {
        return deviation.warmup();
    }

    @Override
    public boolean isReady() {
        return deviation.isReady();
    }

    @Override
    public long count() {
        return deviation.count();
    }

    @Override
    public void reset() {
        deviation.reset();
        last = 0.0;
    }
}
