package io.alphapulse.engine.indicators;

import org.assertj.core.data.Offset;

/** Terse feeding for hand-computed examples. */
final class Feed {

    /** Hand-computed values are exact fractions; 1e-9 leaves room only for rounding. */
    static final Offset<Double> EXACT = Offset.offset(1e-9);

    private Feed() {}

    static void values(SeriesIndicator indicator, double... values) {
        for (double value : values) {
            indicator.update(value);
        }
    }

    /** A bar with the given high, low and close; none of the tested indicators reads the open. */
    static void bar(Indicator indicator, double high, double low, double close) {
        indicator.update(close, high, low, close, 0.0);
    }

    static void bar(Indicator indicator, double high, double low, double close, double volume) {
        indicator.update(close, high, low, close, volume);
    }
}
