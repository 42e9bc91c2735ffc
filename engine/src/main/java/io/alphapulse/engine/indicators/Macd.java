package io.alphapulse.engine.indicators;

/**
 * Moving average convergence/divergence (Appel): the gap between a fast and a slow exponential
 * moving average of the closes, with a signal line that smooths the gap.
 *
 * <ul>
 *   <li>MACD line ({@link #value()}): {@code EMA(fast) − EMA(slow)}, both {@link
 *       ExponentialMovingAverage}s, i.e. α = 2/(n+1) and seeded with the SMA of their first
 *       {@code n} values;
 *   <li>{@link #signal()}: {@code EMA(signal)} of the MACD line, seeded with the SMA of the first
 *       {@code signal} MACD values;
 *   <li>{@link #histogram()}: MACD line − signal.
 * </ul>
 *
 * <p>Warm-up: {@code slow + signal − 1} values. The MACD line exists from the {@code slow}-th value
 * and the signal line {@code signal − 1} values later; the indicator is ready, and all three
 * outputs are defined, once the signal is (26 + 9 − 1 = 34 for the classic 12/26/9). Use it to
 * follow trend momentum: signal-line crossings and the histogram's sign and slope.
 *
 * <p>Differs from ta4j: ta4j's {@code MACDIndicator} uses its {@code EMAIndicator}s, which are NaN
 * for the first {@code n} bars and seed with the single value at index {@code n}, so its MACD line
 * starts at index {@code slow}; its {@code getSignalLine(signal)} is an {@code EMAIndicator} over
 * that line, seeded with the MACD value at index {@code slow}. The differences decay by at least
 * {@code 1 − 2/(slow + 1)} per bar. ta4j also accepts {@code fast == slow}; here {@code fast} must
 * be shorter.
 */
public final class Macd implements SeriesIndicator {

    private final ExponentialMovingAverage fastAverage;
    private final ExponentialMovingAverage slowAverage;
    private final ExponentialMovingAverage signalAverage;
    private final int warmup;
    private double line = Double.NaN;
    private long count;

    /** The classic MACD(12, 26, 9). */
    public Macd() {
        this(12, 26, 9);
    }

    /**
     * @param fast period of the fast EMA, at least 1
     * @param slow period of the slow EMA, greater than fast
     * @param signal period of the signal EMA, at least 1
     * @throws IllegalArgumentException if a period is out of range
     */
    public Macd(int fast, int slow, int signal) {
        Parameters.requireAtLeast("fast", fast, 1);
        Parameters.requireAtLeast("slow", slow, fast + 1);
        Parameters.requireAtLeast("signal", signal, 1);
        this.fastAverage = new ExponentialMovingAverage(fast);
        this.slowAverage = new ExponentialMovingAverage(slow);
        this.signalAverage = new ExponentialMovingAverage(signal);
        this.warmup = slow + signal - 1;
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        fastAverage.update(value);
        slowAverage.update(value);
        if (slowAverage.isReady()) {
            line = fastAverage.value() - slowAverage.value();
            signalAverage.update(line);
        }
        count++;
    }

    /** The MACD line, fast EMA − slow EMA; NaN until ready. */
    @Override
    public double value() {
        return isReady() ? line : Double.NaN;
    }

    /** The signal line, an EMA of the MACD line; NaN until ready. */
    public double signal() {
        return signalAverage.value();
    }

    /** MACD line − signal line; NaN until ready. */
    public double histogram() {
        return isReady() ? line - signalAverage.value() : Double.NaN;
    }

    @Override
    public int warmup() {
        return warmup;
    }

    @Override
    public boolean isReady() {
        return signalAverage.isReady();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        fastAverage.reset();
        slowAverage.reset();
        signalAverage.reset();
        line = Double.NaN;
        count = 0;
    }
}
