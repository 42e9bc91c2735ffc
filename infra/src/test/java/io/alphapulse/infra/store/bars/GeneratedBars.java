package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;

/** Deterministic valid bars for store tests: a saw-tooth price, one bar per timeframe step. */
final class GeneratedBars {

    static final InstrumentId BTC = new InstrumentId("BTC-USDT", "sim");

    /** 2024-01-01T00:00:00Z. */
    static final long START_MILLIS = 1_704_067_200_000L;

    private GeneratedBars() {}

    /** {@code count} one-minute bars of BTC from {@link #START_MILLIS}, prices at scale 2, volumes at 8. */
    static BarSeries minutes(int count) {
        return series(BTC, Timeframe.ONE_MINUTE, START_MILLIS, count, 2, 8, 0);
    }

    /**
     * {@code count} bars from {@code startMillis}; {@code shift} moves every price, so two calls with
     * different shifts give the same keys with different values.
     */
    static BarSeries series(
            InstrumentId instrumentId,
            Timeframe timeframe,
            long startMillis,
            int count,
            int priceScale,
            int volumeScale,
            long shift) {
        BarSeries.Builder builder = BarSeries.builder(instrumentId, timeframe, priceScale, volumeScale, count);
        long stepNanos = timeframe.durationNanos();
        for (int i = 0; i < count; i++) {
            long low = 4_000_000 + (i % 1_000) * 10L + shift;
            long high = low + 500;
            builder.add(startMillis * 1_000_000L + i * stepNanos, low + 100, high, low, low + 300, 1_000_000L + i);
        }
        return builder.build();
    }
}
