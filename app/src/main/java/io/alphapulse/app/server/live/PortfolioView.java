package io.alphapulse.app.server.live;

import java.math.BigDecimal;
import java.util.List;

/**
 * The paper account. The headline figures are in {@code currency} (the reporting currency, USDT by
 * default) and count only that currency's cash and positions; {@code accounts} has every currency the
 * account holds, since no exchange rate between them is assumed.
 *
 * @param dayPnl equity change since the first snapshot of the current UTC day
 */
public record PortfolioView(
        String currency,
        BigDecimal equity,
        BigDecimal cash,
        BigDecimal realizedPnl,
        BigDecimal unrealizedPnl,
        BigDecimal dayPnl,
        BigDecimal fees,
        List<CurrencyBalance> accounts,
        List<PositionView> positions,
        long ts) {

    /** One currency's side of the account. */
    public record CurrencyBalance(
            String currency,
            BigDecimal equity,
            BigDecimal cash,
            BigDecimal realizedPnl,
            BigDecimal unrealizedPnl,
            BigDecimal fees) {}
}
