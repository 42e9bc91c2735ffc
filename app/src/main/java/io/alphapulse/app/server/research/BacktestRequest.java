package io.alphapulse.app.server.research;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /api/backtest}: the options of {@code ./alphapulse backtest} (ARCHITECTURE.md §5) as JSON.
 * Bars come from a bundled sample ({@code data: "sample:btc-1m"}) or, without {@code data}, from the
 * store ({@code symbol}, optionally {@code VENUE:SYMBOL}, with {@code timeframe} and an optional
 * {@code from}/{@code to} in epoch milliseconds). Files on the server are never read.
 *
 * @param params strategy parameters, values as strings or numbers; single values only (no sweeps)
 * @param cash starting cash in the quote currency (default 10000)
 * @param feeBps fee per fill in basis points (default 10)
 * @param slippageBps slippage on market fills in basis points (default 0)
 * @param participation cap on each fill as a fraction of the bar's volume; {@code null} for none
 */
public record BacktestRequest(
        String strategy,
        String data,
        String symbol,
        String timeframe,
        Long from,
        Long to,
        Map<String, String> params,
        BigDecimal cash,
        BigDecimal feeBps,
        BigDecimal slippageBps,
        BigDecimal participation) {}
