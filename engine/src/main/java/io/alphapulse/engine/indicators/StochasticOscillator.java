package io.alphapulse.engine.indicators;

/**
 * Lane's stochastic oscillator: where the close sits within the recent high–low range, 0–100.
 *
 * <ul>
 *   <li>%K ({@link #value()}, {@link #k()}): {@code 100 × (close − LL) / (HH − LL)} with HH the
 *       highest high and LL the lowest low of the last {@code kPeriod} bars, the current one
 *       included. When {@code HH = LL} (every bar of the window traded at one price) the range is
 *       empty and %K is 50, the middle, so that a dead market gives no overbought or oversold
 *       signal;
 *   <li>%D ({@link #d()}): the simple moving average of the last {@code dPeriod} %K values.
 * </ul>
 *
 * <p>Warm-up: {@code kPeriod + dPeriod − 1} bars (16 for the default 14/3): %K exists from the
 * {@code kPeriod}-th bar, %D {@code dPeriod − 1} bars later, and the indicator is ready when both
 * are. Use it for overbought/oversold readings (above 80, below 20) and %K/%D crossings. Highest
 * high and lowest low come from monotonic deques, amortized O(1) per bar.
 *
 * <p>Differs from ta4j: ta4j's {@code StochasticOscillatorKIndicator} uses partial windows for
 * the first {@code kPeriod − 1} bars and divides 0 by 0 (NaN) when {@code HH = LL}; its {@code
 * StochasticOscillatorDIndicator} is an SMA(3) that also averages partial windows. Outside those
 * cases the values are the same.
 */
public final class StochasticOscillator implements Indicator {

    private final int kPeriod;
    private final RollingExtremum highestHigh;
    private final RollingExtremum lowestLow;
    private final SimpleMovingAverage average;
    private double k = Double.NaN;
    private long count;

    /** The classic fast stochastic: %K over 14 bars, %D over 3. */
    public StochasticOscillator() {
        this(14, 3);
    }

    /**
     * @param kPeriod bars in the high–low range of %K, at least 1
     * @param dPeriod %K values averaged into %D, at least 1
     * @throws IllegalArgumentException if a period is less than 1
     */
    public StochasticOscillator(int kPeriod, int dPeriod) {
        this.kPeriod = Parameters.requireAtLeast("kPeriod", kPeriod, 1);
        Parameters.requireAtLeast("dPeriod", dPeriod, 1);
        this.highestHigh = RollingExtremum.maximum(kPeriod);
        this.lowestLow = RollingExtremum.minimum(kPeriod);
        this.average = new SimpleMovingAverage(dPeriod);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        Inputs.requireFinite("high", high);
        Inputs.requireFinite("low", low);
        Inputs.requireFinite("close", close);
        highestHigh.add(high);
        lowestLow.add(low);
        count++;
        if (count >= kPeriod) {
            double highest = highestHigh.value();
            double lowest = lowestLow.value();
            double range = highest - lowest;
            k = range == 0.0 ? 50.0 : 100.0 * (close - lowest) / range;
            average.update(k);
        }
    }

    /** %K; NaN until ready. */
    @Override
    public double value() {
        return k();
    }

    /** %K, where the close sits in the high–low range of the last kPeriod bars; NaN until ready. */
    public double k() {
        return isReady() ? k : Double.NaN;
    }

    /** %D, the SMA of the last dPeriod %K values; NaN until ready. */
    public double d() {
        return average.value();
    }

    @Override
    public int warmup() {
        return kPeriod + average.period() - 1;
    }

    @Override
    public boolean isReady() {
        return average.isReady();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        highestHigh.reset();
        lowestLow.reset();
        average.reset();
        k = Double.NaN;
        count = 0;
    }
}
