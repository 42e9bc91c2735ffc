package io.alphapulse.app.server.live;

import io.alphapulse.engine.data.Bar;
import java.math.BigDecimal;

/** A closed bar; {@code openTime} and {@code closeTime} in epoch milliseconds. */
public record BarView(
        String venue,
        String symbol,
        String timeframe,
        long openTime,
        long closeTime,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume) {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** The view of {@code bar}, as the WebSocket and the REST history both show it. */
    public static BarView of(Bar bar) {
        return new BarView(
                bar.instrumentId().venue(),
                bar.instrumentId().symbol(),
                bar.timeframe().toString(),
                bar.openTimeNanos() / NANOS_PER_MILLI,
                bar.timestampNanos() / NANOS_PER_MILLI,
                Decimals.of(bar.open()),
                Decimals.of(bar.high()),
                Decimals.of(bar.low()),
                Decimals.of(bar.close()),
                Decimals.of(bar.volume()));
    }
}
