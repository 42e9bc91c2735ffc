package io.alphapulse.engine.indicators;

/**
 * Wilder's smoothing ("running moving average"), the average behind RSI, ATR and ADX: the first
 * value is the simple mean of the first {@code period} inputs, then {@code avg = (avg × (period −
 * 1) + x) / period}, an exponential average with α = 1/period.
 */
final class WilderAverage {

    private final int period;
    private double seedSum;
    private double average = Double.NaN;
    private long count;

    WilderAverage(int period) {
        this.period = period;
    }

    void add(double value) {
        count++;
        if (count < period) {
            seedSum += value;
        } else if (count == period) {
            average = (seedSum + value) / period;
        } else {
            average = (average * (period - 1) + value) / period;
        }
    }

    boolean isReady() {
        return count >= period;
    }

    /** The average; NaN until {@code period} values were added. */
    double value() {
        return average;
    }

    void reset() {
        seedSum = 0.0;
        average = Double.NaN;
        count = 0;
    }
}
