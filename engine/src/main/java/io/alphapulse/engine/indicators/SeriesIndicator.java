package io.alphapulse.engine.indicators;

/** An indicator over one series of values (usually closes). */
public interface SeriesIndicator extends Indicator {

    /**
     * Feeds the next value of the series.
     *
     * @throws IllegalArgumentException if the value is not finite; the indicator is then left
     *     unchanged
     */
    void update(double value);

    /** Feeds the bar's close; the other fields are ignored. */
    @Override
    default void update(double open, double high, double low, double close, double volume) {
        update(close);
    }
}
