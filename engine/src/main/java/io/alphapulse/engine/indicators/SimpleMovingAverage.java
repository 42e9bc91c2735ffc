package io.alphapulse.engine.indicators;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} values, {@code SMA = (x[t]
 * + x[t−1] + … + x[t−period+1]) / period}.
 *
 * <p>Warm-up: {@code period} values; only full windows are averaged. Use it for trend filters and
 * crossovers (such as {@code sma-cross}) where every value in the window should count equally.
 *
 * <p>The window sum is a compensated (Neumaier) running sum: each value is added once and later
 * subtracted once, and the compensation keeps the sum accurate to a few ulps however many updates
 * go by, where a plain running sum would drift.
 *
 * <p>Differs from ta4j: ta4j's {@code SMAIndicator} averages the partial window for the first
 * {@code period − 1} bars (the mean of the values seen so far); here those are NaN. From the
 * {@code period}-th value on both are the same mean.
 */
public final class SimpleMovingAverage implements SeriesIndicator {

    private final int period;
    private final DoubleRingBuffer window;
    private final CompensatedSum sum = new CompensatedSum();
    private long count;

    /**
     * @param period number of values averaged, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public SimpleMovingAverage(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.window = new DoubleRingBuffer(period);
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        if (window.isFull()) {
            sum.subtract(window.oldest());
        }
        window.add(value);
        sum.add(value);
        count++;
    }

    @Override
    public double value() {
        return isReady() ? sum.value() / period : Double.NaN;
    }

    /** The period this average was built with. */
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
        sum.reset();
        count = 0;
    }
}
