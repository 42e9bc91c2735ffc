package io.alphapulse.engine.indicators;

import java.time.Instant;

/** One OHLCV bar of test data. */
record TestBar(Instant endTime, double open, double high, double low, double close, double volume) {

    void feed(Indicator indicator) {
        indicator.update(open, high, low, close, volume);
    }
}
