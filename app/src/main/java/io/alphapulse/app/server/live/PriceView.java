package io.alphapulse.app.server.live;

import java.math.BigDecimal;

/**
 * The latest market of one instrument.
 *
 * @param last the last trade price
 * @param bid best bid, or {@code null} before the first quote
 * @param ask best ask, or {@code null} before the first quote
 * @param open the first trade price since the platform started (the session open)
 * @param changePct change from {@code open} to {@code last}, in percent
 * @param ts time of the last trade or quote, epoch milliseconds
 */
public record PriceView(
        String venue,
        String symbol,
        BigDecimal last,
        BigDecimal bid,
        BigDecimal ask,
        BigDecimal open,
        double changePct,
        BigDecimal volume,
        long ts) {}
