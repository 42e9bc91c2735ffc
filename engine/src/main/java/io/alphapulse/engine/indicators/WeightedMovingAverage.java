package io.alphapulse.engine.indicators;

/**
 * Linearly weighted moving average of the last {@code n = period} values, the newest weighing
 * {@code n} and the oldest 1: {@code WMA = (n·x[t] + (n−1)·x[t−1] + … + 1·x[t−n+1]) / (n(n+1)/2)}.
 *
 * <p>Warm-up: {@code period} values. Use it when a moving average should follow recent prices
 * more closely than an SMA but, unlike an EMA, forget a value completely after {@code period}
 * bars (it is the building block of the Hull moving average).
 *
 * <p>O(1) per update: when the window slides, the weighted sum loses the plain sum of the previous
 * window and gains {@code n × x[t]}. Both sums are recomputed exactly from the window every {@code
 * period} updates, so rounding errors cannot accumulate over millions of bars (amortized O(1)).
 *
 * <p>Matches ta4j's {@code WMAIndicator}, which is also NaN before the first full window.
 */
public final class WeightedMovingAverage implements SeriesIndicator {

    private final int period;
    private final double weightTotal;
    private final DoubleRingBuffer window;
    private double weightedSum;
    private double plainSum;
    private int updatesSinceRecompute;
    private long count;

    /**
     * @param period number of values weighted, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public WeightedMovingAverage(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.weightTotal = period * (period + 1.0) / 2.0;
        this.window = new DoubleRingBuffer(period);
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        count++;
        if (!window.isFull()) {
            // Filling up: the k-th value enters with weight k, which is right once the window is
            // full, when the newest (k = period) weighs period.
            window.add(value);
            weightedSum += window.size() * value;
            plainSum += value;
            return;
        }
        double oldest = window.oldest();
        window.add(value);
        // Every value's weight drops by one (the oldest's to zero), the new one weighs period.
        weightedSum += period * value - plainSum;
        plainSum += value - oldest;
        if (++updatesSinceRecompute == period) {
            recompute();
        }
    }

    private void recompute() {
        double weighted = 0.0;
        double plain = 0.0;
        for (int age = 0; age < period; age++) {
            double value = window.get(age);
            weighted += (period - age) * value;
            plain += value;
        }
        weightedSum = weighted;
        plainSum = plain;
        updatesSinceRecompute = 0;
    }

    @Override
    public double value() {
        return isReady() ? weightedSum / weightTotal : Double.NaN;
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
        weightedSum = 0.0;
        plainSum = 0.0;
        updatesSinceRecompute = 0;
        count = 0;
    }
}
