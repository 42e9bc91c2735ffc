package io.alphapulse.app.server.live;

import java.math.BigDecimal;

/** An open position, marked to the last price. {@code side} is {@code long} or {@code short}. */
public record PositionView(
        String venue,
        String symbol,
        String side,
        BigDecimal quantity,
        BigDecimal averagePrice,
        BigDecimal lastPrice,
        BigDecimal marketValue,
        BigDecimal unrealizedPnl,
        BigDecimal realizedPnl,
        String currency) {}
