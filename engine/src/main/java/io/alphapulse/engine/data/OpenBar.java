package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;

/**
 * The mutable state {@link BarAggregator} keeps for one instrument: the scales fixed by its first
 * trade and the bar being built. One per instrument, reused for every bar, so adding a trade
 * allocates nothing.
 */
final class OpenBar {

    static final int NO_SCALE = -1;

    final InstrumentId instrumentId;
    int priceScale = NO_SCALE;
    int sizeScale = NO_SCALE;

    boolean open;
    /** Open time of the current bar, or of the last one once it has closed: older trades are late. */
    long openTimeNanos = Long.MIN_VALUE;

    long openRaw;
    long highRaw;
    long lowRaw;
    long closeRaw;
    long volumeRaw;

    OpenBar(InstrumentId instrumentId) {
        this.instrumentId = instrumentId;
    }

    void start(long openTimeNanos, long priceRaw, long sizeRaw) {
        this.open = true;
        this.openTimeNanos = openTimeNanos;
        this.openRaw = priceRaw;
        this.highRaw = priceRaw;
        this.lowRaw = priceRaw;
        this.closeRaw = priceRaw;
        this.volumeRaw = sizeRaw;
    }

    /** Adds a trade of the current bar; the caller has checked that the volume does not overflow. */
    void add(long priceRaw, long sizeRaw) {
        if (priceRaw > highRaw) {
            highRaw = priceRaw;
        }
        if (priceRaw < lowRaw) {
            lowRaw = priceRaw;
        }
        closeRaw = priceRaw;
        volumeRaw += sizeRaw;
    }

    /** Closes the current bar and returns it; the state keeps its open time as the lateness mark. */
    Bar close(Timeframe timeframe) {
        open = false;
        return Bar.ofRaw(
                instrumentId,
                timeframe,
                openTimeNanos,
                priceScale,
                openRaw,
                highRaw,
                lowRaw,
                closeRaw,
                sizeScale,
                volumeRaw,
                closeTimeNanos(timeframe));
    }

    long closeTimeNanos(Timeframe timeframe) {
        return Math.addExact(openTimeNanos, timeframe.durationNanos());
    }
}
