package io.alphapulse.app.server.live;

import java.math.BigDecimal;

/**
 * A manual order as the API receives it (ARCHITECTURE.md §6), already parsed but not yet checked against
 * the instrument.
 *
 * @param venue {@code sim}
 * @param symbol e.g. {@code BTC-USDT}
 * @param side {@code buy} or {@code sell}, any case
 * @param type {@code market}, {@code limit}, {@code stop} (stop market) or {@code stop_limit}, any case
 * @param quantity base quantity, positive
 * @param price limit price; required for limit and stop-limit orders, refused otherwise
 * @param stopPrice trigger price; required for stop and stop-limit orders, refused otherwise
 * @param timeInForce {@code gtc} (default), {@code ioc} or {@code fok}; may be {@code null}
 * @param clientOrderId optional; 1 to 36 of {@code [A-Za-z0-9_-]}; generated when {@code null}
 */
public record OrderRequest(
        String venue,
        String symbol,
        String side,
        String type,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal stopPrice,
        String timeInForce,
        String clientOrderId) {}
