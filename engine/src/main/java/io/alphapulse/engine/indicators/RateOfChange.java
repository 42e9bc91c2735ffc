package io.alphapulse.engine.indicators;

/**
 * Rate of change in percent over {@code n = period} values: {@code ROC = 100 × (x[t] − x[t−n]) /
 * x[t−n]}.
 *
 * <p>Warm-up: {@code period + 1} values, since the value {@code n} steps back must exist. When
 * that value is 0 the ratio is undefined and the ROC is NaN. Use it as a plain momentum measure,
 * e.g. to rank instruments by their move over a lookback.
 *
 * <p>Differs from ta4j: ta4j's {@code ROCIndicator} compares with {@code x[max(t − n, 0)]}, so it
 * answers (against the first value) for the first {@code n} bars, where this one is NaN. From
 * index {@code n} on the values are the same.
 */
public final class RateOfChange implements SeriesIndicator {

    private final int period;
    private final DoubleRingBuffer window;
    private double rate = Double.NaN;
    private long count;

    /**
     * @param period how many values back to compare with, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public RateOfChange(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.window = new DoubleRingBuffer(period);
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        if (window.isFull()) {
            double base = window.oldest();
            rate = base == 0.0 ? Double.NaN : 100.0 * (value - base) / base;
        }
        window.add(value);
        count++;
    }

    /** The rate of change in percent; NaN until ready or when the base value is 0. */
    @Override
    public double value() {
        return rate;
    }

    /** The period this rate was built with. */
    public int period() {
        return period;
    }

    @Override
    public int warmup() {
        return period + 1;
    }

    @Override
    public boolean isReady() {
        return count > period;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        window.clear();
        rate = Double.NaN;
        count = 0;
    }
}
