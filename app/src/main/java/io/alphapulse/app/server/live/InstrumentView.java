package io.alphapulse.app.server.live;

import java.math.BigDecimal;

/** An instrument as the API shows it: {@code symbol} is {@code BTC-USDT}, {@code venue} is {@code sim}. */
public record InstrumentView(
        String venue,
        String symbol,
        String baseCurrency,
        String quoteCurrency,
        BigDecimal tickSize,
        BigDecimal lotSize,
        BigDecimal minQuantity,
        BigDecimal minNotional) {}
