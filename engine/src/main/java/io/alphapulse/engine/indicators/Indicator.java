package io.alphapulse.engine.indicators;

/**
 * A streaming technical indicator: fed one bar at a time, it keeps just the state it needs and
 * answers its current value in O(1) without allocating.
 *
 * <p>Every output is {@link Double#NaN} until {@link #isReady()}, which becomes true after exactly
 * {@link #warmup()} updates. See the package documentation for the rules all indicators share.
 */
public interface Indicator {

    /** Number of updates needed before isReady() becomes true. */
    int warmup();

    /** Whether at least {@link #warmup()} updates have been seen since construction or reset. */
    boolean isReady();

    /** Updates seen since construction or the last reset(). */
    long count();

    /** Primary output; Double.NaN until ready. */
    double value();

    /** Forgets every update, as if the indicator had just been constructed with its parameters. */
    void reset();

    /**
     * Feeds one bar. Single-series indicators use the close.
     *
     * @throws IllegalArgumentException if a price the indicator uses is not finite, or a volume it
     *     uses is negative or not finite; the indicator is then left unchanged
     */
    void update(double open, double high, double low, double close, double volume);
}
