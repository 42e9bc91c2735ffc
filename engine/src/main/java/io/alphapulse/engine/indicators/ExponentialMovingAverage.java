package io.alphapulse.engine.indicators;

/**
 * Exponential moving average with smoothing factor {@code α = 2 / (period + 1)}: {@code EMA[t] =
 * EMA[t−1] + α × (x[t] − EMA[t−1])}, seeded with the simple mean of the first {@code period}
 * values.
 *
 * <p>Warm-up: {@code period} values; the seed is the first defined value. Use it when recent
 * values should weigh more than old ones and a lag shorter than an SMA of the same period is
 * wanted; it is also the building block of {@link Macd}.
 *
 * <p>Differs from ta4j: ta4j's {@code EMAIndicator} (0.22) is NaN for the first {@code period}
 * bars and seeds itself with the single value at index {@code period} (the {@code period + 1}-th
 * value), not with an SMA. Both then follow the same recursion, so the difference shrinks by a
 * factor {@code 1 − α} per bar; after {@code k} bars it is {@code (1 − α)^k} times the difference
 * of the seeds.
 */
public final class ExponentialMovingAverage implements SeriesIndicator {

    private final int period;
    private final double alpha;
    private double seedSum;
    private double average = Double.NaN;
    private long count;

    /**
     * @param period the span that sets α = 2 / (period + 1), at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public ExponentialMovingAverage(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.alpha = 2.0 / (period + 1);
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        count++;
        if (count < period) {
            seedSum += value;
        } else if (count == period) {
            average = (seedSum + value) / period;
        } else {
            average += alpha * (value - average);
        }
    }

    @Override
    public double value() {
        return average;
    }

    /** The smoothing factor α = 2 / (period + 1). */
    public double alpha() {
        return alpha;
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
        seedSum = 0.0;
        average = Double.NaN;
        count = 0;
    }
}
