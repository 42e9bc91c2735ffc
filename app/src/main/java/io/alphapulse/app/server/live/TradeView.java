package io.alphapulse.app.server.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.UUID;

/** One fill. {@code liquidity} is {@code maker} or {@code taker}; {@code ts} epoch milliseconds. */
public record TradeView(
        String id,
        String orderId,
        String venue,
        String symbol,
        String side,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal fee,
        String feeCurrency,
        String liquidity,
        String source,
        long ts,
        @JsonIgnore UUID owner) {}
