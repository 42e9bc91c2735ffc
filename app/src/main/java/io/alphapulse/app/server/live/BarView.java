package io.alphapulse.app.server.live;

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
        BigDecimal volume) {}
