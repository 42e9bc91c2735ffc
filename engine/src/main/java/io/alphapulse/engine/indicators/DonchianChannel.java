package io.alphapulse.engine.indicators;

/**
 * Donchian channel: the highest high and lowest low of the last {@code period} bars (the current
 * one included), and the midpoint between them.
 *
 * <ul>
 *   <li>{@link #upper()}: highest high;
 *   <li>{@link #lower()}: lowest low;
 *   <li>{@link #middle()} (also {@link #value()}): {@code (upper + lower) / 2}.
 * </ul>
 *
 * <p>Warm-up: {@code period} bars. Use it for breakout systems (the Turtles' 20- and 55-bar
 * channels) and trailing stops. Highest and lowest come from monotonic deques, amortized O(1) per
 * bar. Since the current bar is in the window, compare a close with the channel of the
 * <em>previous</em> bar to detect a breakout.
 *
 * <p>Differs from ta4j: ta4j's {@code DonchianChannelUpperIndicator}, {@code
 * DonchianChannelLowerIndicator} and {@code DonchianChannelMiddleIndicator} are defined on partial
 * windows for the first {@code period − 1} bars, where these are NaN; afterwards they are equal.
 */
public final class DonchianChannel implements Indicator {

    private final int period;
    private final RollingExtremum highestHigh;
    private final RollingExtremum lowestLow;
    private long count;

    /**
     * @param period bars in the channel, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public DonchianChannel(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.highestHigh = RollingExtremum.maximum(period);
        this.lowestLow = RollingExtremum.minimum(period);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        Inputs.requireFinite("high", high);
        Inputs.requireFinite("low", low);
        highestHigh.add(high);
        lowestLow.add(low);
        count++;
    }

    /** The middle of the channel; NaN until ready. */
    @Override
    public double value() {
        return middle();
    }

    /** The highest high of the window; NaN until ready. */
    public double upper() {
        return isReady() ? highestHigh.value() : Double.NaN;
    }

    /** The lowest low of the window; NaN until ready. */
    public double lower() {
        return isReady() ? lowestLow.value() : Double.NaN;
    }

    /** (upper + lower) / 2; NaN until ready. */
    public double middle() {
        return isReady() ? (highestHigh.value() + lowestLow.value()) / 2.0 : Double.NaN;
    }

    /** The period this channel was built with. */
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
        highestHigh.reset();
        lowestLow.reset();
        count = 0;
    }
}
