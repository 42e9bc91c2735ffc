package io.alphapulse.engine.indicators;

/**
 * Standard deviation of the last {@code n = period} values, with their mean and variance.
 *
 * <ul>
 *   <li>population (the default, {@link #RollingStandardDeviation(int)} or {@link
 *       #population(int)}): {@code σ = sqrt(Σ(x − mean)² / n)}, the window taken as the whole
 *       population, as Bollinger bands, TA-Lib's {@code STDDEV} and ta4j's {@code
 *       StandardDeviationIndicator} do;
 *   <li>sample ({@link #sample(int)}): {@code s = sqrt(Σ(x − mean)² / (n − 1))}, the unbiased
 *       variance of the window taken as a sample of a larger population, for statistics such as a
 *       rolling Sharpe ratio.
 * </ul>
 *
 * <p>Warm-up: {@code period} values. Use it to measure volatility over a fixed window. A window
 * of equal values gives exactly 0.
 *
 * <p>Numerically stable over millions of updates: the sums kept are of deviations {@code x − K}
 * from a reference {@code K}, so the cancellation in {@code Σd² − (Σd)²/n} stays small as long as
 * {@code K} is near the window's mean. Every {@code period} updates {@code K} is moved to the
 * exact mean of the window and both sums are recomputed from it, which also throws away any
 * accumulated rounding; that costs O(period) once per {@code period} updates, amortized O(1). A
 * variance below the rounding error of that subtraction (about 1e-14 of {@code Σd²}) is reported
 * as 0, which is what makes a window of equal values exactly 0.
 *
 * <p>Differs from ta4j: ta4j's {@code StandardDeviationIndicator} (population only) is defined on
 * partial windows for the first {@code period − 1} bars; here those are NaN. ta4j has no sample
 * deviation; it is the population one times {@code sqrt(n / (n − 1))}.
 */
public final class RollingStandardDeviation implements SeriesIndicator {

    /**
     * About 45 ulps: above the rounding error of {@code Σd² − (Σd)²/n} relative to {@code Σd²}, so
     * a smaller difference cannot be told apart from zero by this arithmetic.
     */
    private static final double ROUNDING_NOISE = 1e-14;

    private final int period;
    private final boolean sample;
    private final DoubleRingBuffer window;
    private final CompensatedSum deviationSum = new CompensatedSum();
    private final CompensatedSum squaredDeviationSum = new CompensatedSum();
    private final CompensatedSum windowSum = new CompensatedSum();
    /** K, the value the deviations are taken from. */
    private double reference;

    private int updatesSinceRecenter;
    private long count;

    /**
     * Population standard deviation over {@code period} values.
     *
     * @param period window length, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public RollingStandardDeviation(int period) {
        this(period, false);
    }

    private RollingStandardDeviation(int period, boolean sample) {
        this.period = Parameters.requireAtLeast("period", period, sample ? 2 : 1);
        this.sample = sample;
        this.window = new DoubleRingBuffer(period);
    }

    /**
     * Population standard deviation (divides by n), the same as the constructor.
     *
     * @param period window length, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public static RollingStandardDeviation population(int period) {
        return new RollingStandardDeviation(period, false);
    }

    /**
     * Sample standard deviation (divides by n − 1).
     *
     * @param period window length, at least 2
     * @throws IllegalArgumentException if period is less than 2
     */
    public static RollingStandardDeviation sample(int period) {
        return new RollingStandardDeviation(period, true);
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        if (count == 0) {
            reference = value;
        }
        if (window.isFull()) {
            // The same expression, with the same reference, as when the value was added (or the
            // sums last recomputed), so exactly what went in comes out.
            double leaving = window.oldest() - reference;
            deviationSum.subtract(leaving);
            squaredDeviationSum.subtract(leaving * leaving);
        }
        window.add(value);
        double deviation = value - reference;
        deviationSum.add(deviation);
        squaredDeviationSum.add(deviation * deviation);
        count++;
        // The window is full whenever this reaches period, the first time at the period-th value.
        if (++updatesSinceRecenter == period) {
            recenter();
        }
    }

    private void recenter() {
        windowSum.reset();
        for (int age = 0; age < period; age++) {
            windowSum.add(window.get(age));
        }
        reference = windowSum.value() / period;
        deviationSum.reset();
        squaredDeviationSum.reset();
        for (int age = 0; age < period; age++) {
            double deviation = window.get(age) - reference;
            deviationSum.add(deviation);
            squaredDeviationSum.add(deviation * deviation);
        }
        updatesSinceRecenter = 0;
    }

    /** The standard deviation; NaN until ready. */
    @Override
    public double value() {
        return Math.sqrt(variance());
    }

    /** The variance, population or sample as constructed; NaN until ready. */
    public double variance() {
        if (!isReady()) {
            return Double.NaN;
        }
        double sum = deviationSum.value();
        double squares = squaredDeviationSum.value();
        double sumOfSquares = squares - sum * sum / period;
        // Both terms carry a relative rounding error of a few ulps, so a difference this small is
        // noise, not spread: call it zero, so that a window of equal values gives exactly 0 rather
        // than a σ of about 1e-8.
        if (sumOfSquares <= ROUNDING_NOISE * squares) {
            return 0.0;
        }
        return sumOfSquares / (sample ? period - 1 : period);
    }

    /** The mean of the window (the simple moving average); NaN until ready. */
    public double mean() {
        return isReady() ? reference + deviationSum.value() / period : Double.NaN;
    }

    /** Whether this is the sample (n − 1) rather than the population (n) deviation. */
    public boolean isSample() {
        return sample;
    }

    /** The period this deviation was built with. */
    public int period() {
        return period;
    }

    @Override
    public int warmup() {
        return period;
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        window.clear();
        reference = 0.0;
        deviationSum.reset();
        squaredDeviationSum.reset();
        updatesSinceRecenter = 0;
        count = 0;
    }
}
