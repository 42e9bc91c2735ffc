package io.alphapulse.engine.backtest;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.indicators.CompensatedSum;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Computes {@link PerformanceMetrics} from what a backtest recorded, exactly as ARCHITECTURE.md §5
 * and the metrics' Javadoc define them. The results go into golden JSON files, so every number is
 * reproducible bit for bit: sums run in a fixed order with compensation, and the transcendental
 * functions are {@link StrictMath}'s, whose results do not depend on the CPU.
 *
 * <p>Definitions, with {@code E_0 … E_{n−1}} the equities at the {@code n} bar closes and {@code
 * r_i = E_i / E_{i−1} − 1} the {@code m = n − 1} per-bar returns between consecutive closes:
 *
 * <ul>
 *   <li>{@code finalEquity = E_{n−1}}; with no bars, the initial cash.
 *   <li>{@code totalReturn = finalEquity / initialCash − 1}.
 *   <li>{@code maxDrawdown} = the largest {@code (peak − E_i) / peak}, {@code peak} the highest bar
 *       close so far (the initial cash is not a bar close and does not count); 0 when equity never
 *       falls. Measured only while the peak is positive.
 *   <li>{@code maxDrawdownDurationBars} = the longest stretch, in bars, from a peak to the first bar
 *       close at or above it, or to the last bar if equity never got back there; 0 without a
 *       drawdown. A peak at bar 3, closes below it at bars 4 and 5 and back at bar 6 is 3 bars.
 *   <li>{@code sharpe = mean(r) / std(r) × √(bars per year)}, {@code std} the sample standard
 *       deviation {@code √(Σ (r_i − mean)² / (m − 1))}; bars per year = 525,600 / timeframe
 *       minutes, computed as 31,536,000 / timeframe seconds (the same number for whole minutes, and
 *       right for frames in seconds). No risk-free rate.
 *   <li>{@code sortino = mean(r) / downside deviation × √(bars per year)}, downside deviation =
 *       {@code √(Σ min(r_i, 0)² / (m − 1))} over all {@code m} returns: the target is zero and the
 *       divisor is the Sharpe ratio's, so the two differ only in which deviations count.
 *   <li>{@code volatility = std(r) × √(bars per year)}.
 *   <li>{@code cagr = (finalEquity / initialCash)^(1 / years) − 1}, {@code years = n × timeframe /
 *       365 days}; −1 when everything was lost.
 *   <li>{@code calmar = cagr / maxDrawdown}.
 *   <li>{@code exposure = bars with an open position / n}.
 *   <li>Over closed round trips, by net P&amp;L: {@code winRate} = share with P&amp;L above zero;
 *       {@code profitFactor} = sum of positive P&amp;Ls / |sum of negative P&amp;Ls|; {@code
 *       averageTrade} = mean P&amp;L rounded half-even to the currency's scale, zero without trades;
 *       {@code expectancy} = mean of {@code pnl / |entryPrice × quantity|}, each trip's P&amp;L
 *       relative to its entry notional as the trade record states it (average entry price × largest
 *       size), so it can be recomputed from the JSON trades.
 * </ul>
 *
 * <p>Undefined values are {@link Double#NaN} (written as {@code null} in JSON): {@code sharpe},
 * {@code sortino} and {@code volatility} with fewer than two returns (three bars) or when a return
 * is undefined because an equity before the last bar is zero or negative; {@code sharpe} also when
 * the returns do not vary, {@code sortino} when none is negative; {@code profitFactor} without a
 * losing trade; {@code winRate} and {@code expectancy} without trades, and {@code expectancy} also
 * when a trade's entry notional is zero; {@code cagr} with no bars or when the final equity is
 * negative; {@code calmar} when {@code cagr} is undefined or there was no drawdown; {@code exposure}
 * with no bars.
 */
public final class PerformanceAnalyzer {

    private static final double SECONDS_PER_YEAR = 365.0 * 24 * 60 * 60;

    private PerformanceAnalyzer() {}

    /**
     * The metrics of one run.
     *
     * @param equity the equity at every bar close, in the account currency
     * @param initialCash the cash the run started with, positive, in the curve's currency
     * @param roundTrips the closed round trips, P&amp;L in the curve's currency
     * @param feesPaid every fee paid, in the curve's currency
     * @param barsWithPosition how many bars closed with a position open, 0 to the number of bars
     * @param timeframe the bars' timeframe
     * @throws IllegalArgumentException if the amounts are in different currencies, the initial cash
     *     is not positive, or {@code barsWithPosition} is out of range
     */
    public static PerformanceMetrics analyze(
            EquityCurve equity,
            Money initialCash,
            List<RoundTrip> roundTrips,
            Money feesPaid,
            long barsWithPosition,
            Timeframe timeframe) {
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(initialCash, "initialCash");
        Objects.requireNonNull(roundTrips, "roundTrips");
        Objects.requireNonNull(feesPaid, "feesPaid");
        Objects.requireNonNull(timeframe, "timeframe");
        Currency currency = equity.currency();
        requireCurrency(initialCash, currency, "initial cash");
        requireCurrency(feesPaid, currency, "fees paid");
        for (RoundTrip trip : roundTrips) {
            requireCurrency(
                    trip.pnl(),
                    currency,
                    "P&L of the round trip in " + trip.instrumentId() + " exiting at " + trip.exitTimeNanos());
        }
        if (!initialCash.isPositive()) {
            throw new IllegalArgumentException("initial cash must be positive to measure returns, was " + initialCash);
        }
        int bars = equity.size();
        if (barsWithPosition < 0 || barsWithPosition > bars) {
            throw new IllegalArgumentException(
                    "bars with a position must be 0 to " + bars + " (the bars), was " + barsWithPosition);
        }

        Money finalEquity = bars == 0 ? initialCash : equity.equity(bars - 1);
        double totalReturn = relativeChange(finalEquity.raw(), initialCash.raw());
        double barsPerYear = SECONDS_PER_YEAR / timeframe.seconds();
        ReturnStatistics returns = ReturnStatistics.of(equity, barsPerYear);
        double maxDrawdown = maxDrawdown(equity);
        double cagr = cagr(totalReturn, bars, timeframe);
        TradeStatistics trades = TradeStatistics.of(roundTrips, currency);
        return new PerformanceMetrics(
                initialCash,
                finalEquity,
                totalReturn,
                maxDrawdown,
                returns.sharpe(),
                returns.sortino(),
                roundTrips.size(),
                trades.winRate(),
                trades.profitFactor(),
                feesPaid,
                bars == 0 ? Double.NaN : (double) barsWithPosition / bars,
                cagr,
                returns.volatility(),
                maxDrawdown == 0.0 ? Double.NaN : cagr / maxDrawdown,
                maxDrawdownDurationBars(equity),
                trades.averageTrade(),
                trades.expectancy());
    }

    /**
     * {@code to / from − 1} from raw amounts of one currency: the difference is exact in long
     * arithmetic, so the only roundings are its conversion and the division, with no cancellation.
     */
    private static double relativeChange(long toRaw, long fromRaw) {
        return (double) Math.subtractExact(toRaw, fromRaw) / fromRaw;
    }

    private static double maxDrawdown(EquityCurve equity) {
        double largest = 0.0;
        long peak = Long.MIN_VALUE;
        for (int i = 0; i < equity.size(); i++) {
            long value = equity.equityRaw(i);
            if (value > peak) {
                peak = value;
            } else if (peak > 0) {
                largest = Math.max(largest, (double) Math.subtractExact(peak, value) / peak);
            }
        }
        return largest;
    }

    private static long maxDrawdownDurationBars(EquityCurve equity) {
        long longest = 0;
        int peakIndex = 0;
        for (int i = 1; i < equity.size(); i++) {
            if (equity.equityRaw(i) >= equity.equityRaw(peakIndex)) {
                // Back at (or above) the peak: a drawdown, if there was one, ended here.
                longest = Math.max(longest, i - 1 > peakIndex ? i - peakIndex : 0);
                peakIndex = i;
            }
        }
        int last = equity.size() - 1;
        return Math.max(longest, last > peakIndex ? last - peakIndex : 0);
    }

    private static double cagr(double totalReturn, int bars, Timeframe timeframe) {
        if (bars == 0 || totalReturn < -1.0) {
            return Double.NaN;
        }
        double years = (double) bars * timeframe.seconds() / SECONDS_PER_YEAR;
        // log1p/expm1 keep small growth rates accurate; StrictMath keeps them identical everywhere.
        return StrictMath.expm1(StrictMath.log1p(totalReturn) / years);
    }

    private static void requireCurrency(Money amount, Currency currency, String what) {
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException(what + " is " + amount + " (scale " + amount.scale()
                    + ") but the equity curve is in " + currency.code() + " (scale " + currency.scale() + ")");
        }
    }

    /** The annualized return statistics, NaN where undefined. */
    private record ReturnStatistics(double sharpe, double sortino, double volatility) {

        private static final ReturnStatistics UNDEFINED = new ReturnStatistics(Double.NaN, Double.NaN, Double.NaN);

        static ReturnStatistics of(EquityCurve equity, double barsPerYear) {
            int count = equity.size() - 1;
            if (count < 2) {
                return UNDEFINED;
            }
            CompensatedSum sum = new CompensatedSum();
            for (int i = 0; i < count; i++) {
                long previous = equity.equityRaw(i);
                if (previous <= 0) {
                    return UNDEFINED;
                }
                sum.add(relativeChange(equity.equityRaw(i + 1), previous));
            }
            double mean = sum.value() / count;
            // Second pass over deviations from the mean: no cancellation, unlike Σr² − n·mean².
            // The returns are recomputed rather than kept: a run has millions of them.
            CompensatedSum squaredDeviations = new CompensatedSum();
            CompensatedSum squaredDownside = new CompensatedSum();
            for (int i = 0; i < count; i++) {
                double value = relativeChange(equity.equityRaw(i + 1), equity.equityRaw(i));
                double deviation = value - mean;
                squaredDeviations.add(deviation * deviation);
                double downside = Math.min(value, 0.0);
                squaredDownside.add(downside * downside);
            }
            double standardDeviation = Math.sqrt(squaredDeviations.value() / (count - 1));
            double downsideDeviation = Math.sqrt(squaredDownside.value() / (count - 1));
            double annualization = Math.sqrt(barsPerYear);
            // A ratio over a zero deviation is undefined, not infinite; a zero volatility is just zero.
            return new ReturnStatistics(
                    standardDeviation == 0.0 ? Double.NaN : mean / standardDeviation * annualization,
                    downsideDeviation == 0.0 ? Double.NaN : mean / downsideDeviation * annualization,
                    standardDeviation * annualization);
        }
    }

    /** The statistics of the closed round trips. */
    private record TradeStatistics(double winRate, double profitFactor, Money averageTrade, double expectancy) {

        static TradeStatistics of(List<RoundTrip> roundTrips, Currency currency) {
            int count = roundTrips.size();
            if (count == 0) {
                return new TradeStatistics(Double.NaN, Double.NaN, Money.zero(currency), Double.NaN);
            }
            int wins = 0;
            long grossProfitRaw = 0;
            long grossLossRaw = 0;
            long totalRaw = 0;
            boolean expectancyDefined = true;
            CompensatedSum relativeReturns = new CompensatedSum();
            for (RoundTrip trip : roundTrips) {
                long pnlRaw = trip.pnl().raw();
                totalRaw = Math.addExact(totalRaw, pnlRaw);
                if (pnlRaw > 0) {
                    wins++;
                    grossProfitRaw = Math.addExact(grossProfitRaw, pnlRaw);
                } else {
                    grossLossRaw = Math.subtractExact(grossLossRaw, pnlRaw);
                }
                BigDecimal entryNotional = trip.entryPrice()
                        .toBigDecimal()
                        .multiply(trip.quantity().toBigDecimal())
                        .abs();
                if (entryNotional.signum() == 0) {
                    expectancyDefined = false;
                } else {
                    relativeReturns.add(trip.pnl()
                            .toBigDecimal()
                            .divide(entryNotional, MathContext.DECIMAL128)
                            .doubleValue());
                }
            }
            long averageRaw = BigDecimal.valueOf(totalRaw)
                    .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            return new TradeStatistics(
                    (double) wins / count,
                    grossLossRaw == 0 ? Double.NaN : (double) grossProfitRaw / grossLossRaw,
                    new Money(averageRaw, currency),
                    expectancyDefined ? relativeReturns.value() / count : Double.NaN);
        }
    }
}
