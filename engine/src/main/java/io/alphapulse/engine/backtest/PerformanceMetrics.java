package io.alphapulse.engine.backtest;

import io.alphapulse.engine.model.Money;
import java.util.Objects;

/**
 * How a backtest performed, defined exactly as ARCHITECTURE.md §5 says. Ratios are fractions
 * ({@code 0.05} is 5%). A statistic that is undefined for the run (a Sharpe ratio with no variance, a
 * profit factor with no losing trade, anything over fewer than two returns) is {@link Double#NaN}
 * and is written as {@code null} in JSON.
 *
 * @param initialCash cash at the start
 * @param finalEquity equity at the last bar close, the open position marked to that close
 * @param totalReturn {@code finalEquity / initialCash − 1}
 * @param maxDrawdown largest {@code (peak − equity) / peak} over bar closes, a positive fraction
 * @param sharpe mean over sample standard deviation (n − 1) of per-bar simple returns, times {@code
 *     sqrt(bars per year)}; bars per year = 525,600 / timeframe minutes
 * @param sortino like {@code sharpe}, over the downside deviation (returns below zero)
 * @param trades closed round trips
 * @param winRate fraction of closed round trips with a positive net P&amp;L
 * @param profitFactor gross profit over gross loss of closed round trips
 * @param feesPaid every fee paid
 * @param exposure fraction of bars closing with an open position
 * @param cagr compound annual growth rate over the run's duration (bars × timeframe)
 * @param volatility annualised standard deviation of per-bar returns
 * @param calmar {@code cagr / maxDrawdown}
 * @param maxDrawdownDurationBars longest run of bars from a peak until equity regained it (or the end)
 * @param averageTrade mean net P&amp;L of closed round trips (zero when there are none)
 * @param expectancy mean net return of closed round trips, each relative to its entry notional
 */
public record PerformanceMetrics(
        Money initialCash,
        Money finalEquity,
        double totalReturn,
        double maxDrawdown,
        double sharpe,
        double sortino,
        int trades,
        double winRate,
        double profitFactor,
        Money feesPaid,
        double exposure,
        double cagr,
        double volatility,
        double calmar,
        long maxDrawdownDurationBars,
        Money averageTrade,
        double expectancy) {

    public PerformanceMetrics {
        Objects.requireNonNull(initialCash, "initialCash");
        Objects.requireNonNull(finalEquity, "finalEquity");
        Objects.requireNonNull(feesPaid, "feesPaid");
        Objects.requireNonNull(averageTrade, "averageTrade");
    }
}
