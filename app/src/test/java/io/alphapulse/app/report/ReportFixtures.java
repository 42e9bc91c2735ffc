package io.alphapulse.app.report;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.EquityCurve;
import io.alphapulse.engine.backtest.PerformanceMetrics;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Synthetic backtests built directly from the result records: a random walk of bars, trades that
 * enter and exit at bar opens, and an equity curve that marks the open position to each close, so the
 * report sees data shaped like a real run without running the engine.
 */
final class ReportFixtures {

    static final InstrumentId BTC_USDT = new InstrumentId("BTC-USDT", "sim");
    static final Currency QUOTE = Currency.USDT;
    static final int PRICE_SCALE = 2;
    static final int QUANTITY_SCALE = 8;
    /** 2024-01-01T00:00:00Z. */
    static final long START_NANOS = 1_704_067_200_000_000_000L;

    static final double TOTAL_RETURN = 0.1234;
    static final double MAX_DRAWDOWN = 0.0567;
    static final double SHARPE = 1.8765;

    private ReportFixtures() {}

    /** A random walk of {@code count} bars around 42,000 starting at {@link #START_NANOS}. */
    static BarSeries bars(int count, Timeframe timeframe, long seed) {
        BarSeries.Builder builder = BarSeries.builder(BTC_USDT, timeframe, PRICE_SCALE, QUANTITY_SCALE, count);
        SplittableRandom random = new SplittableRandom(seed);
        long previous = 4_200_000;
        long step = timeframe.durationNanos();
        // About 0.4% an hour, scaled to the timeframe, like a liquid crypto pair.
        double volatility = 0.004 * Math.sqrt(timeframe.seconds() / 3600.0);
        for (int i = 0; i < count; i++) {
            long close = Math.max(100_000, Math.round(previous * (1.0 + volatility * random.nextGaussian())));
            long high = Math.max(previous, close) + Math.round(random.nextDouble() * previous * volatility * 0.5);
            long low = Math.min(previous, close) - Math.round(random.nextDouble() * previous * volatility * 0.5);
            builder.add(START_NANOS + i * step, previous, high, low, close, 100_000_000L + random.nextInt(1_000_000));
            previous = close;
        }
        return builder.build();
    }

    /**
     * Round trips entering at the open of bar {@code entries[k]} and exiting at the open of bar {@code
     * exits[k]}, 0.2 BTC each, 10 bps fee per fill; every third trade is short.
     */
    static List<RoundTrip> trades(BarSeries bars, int[] entries, int[] exits) {
        List<RoundTrip> trades = new ArrayList<>(entries.length);
        Quantity quantity = Quantity.of("0.2", QUANTITY_SCALE);
        for (int k = 0; k < entries.length; k++) {
            PositionSide side = k % 3 == 2 ? PositionSide.SHORT : PositionSide.LONG;
            Price entry = new Price(bars.openRaw(entries[k]), PRICE_SCALE);
            Price exit = new Price(bars.openRaw(exits[k]), PRICE_SCALE);
            Money entryNotional = entry.notional(quantity, QUOTE, RoundingMode.HALF_EVEN);
            Money exitNotional = exit.notional(quantity, QUOTE, RoundingMode.HALF_EVEN);
            Money fees =
                    entryNotional.add(exitNotional).multiply(new java.math.BigDecimal("0.001"), RoundingMode.HALF_EVEN);
            Money gross = side == PositionSide.LONG
                    ? exitNotional.subtract(entryNotional)
                    : entryNotional.subtract(exitNotional);
            trades.add(new RoundTrip(
                    BTC_USDT,
                    side,
                    bars.openTimeNanos(entries[k]),
                    bars.openTimeNanos(exits[k]),
                    quantity,
                    entry,
                    exit,
                    gross.subtract(fees),
                    fees));
        }
        return trades;
    }

    /** Equity at each bar: initial cash plus closed P&amp;L plus the open trade marked to the close. */
    static EquityCurve equity(BarSeries bars, List<RoundTrip> trades, Money initialCash) {
        int size = bars.size();
        long[] times = new long[size];
        long[] equity = new long[size];
        long cash = initialCash.raw();
        long unit = 1;
        for (int i = 0; i < QUOTE.scale() - PRICE_SCALE; i++) {
            unit *= 10;
        }
        int next = 0;
        for (int i = 0; i < size; i++) {
            long time = bars.openTimeNanos(i);
            while (next < trades.size() && trades.get(next).exitTimeNanos() <= time) {
                cash += trades.get(next).pnl().raw();
                next++;
            }
            long open = 0;
            if (next < trades.size() && trades.get(next).entryTimeNanos() <= time) {
                RoundTrip trade = trades.get(next);
                double move = (bars.closeRaw(i) - trade.entryPrice().raw()) * 0.2 * unit;
                open = Math.round(trade.side() == PositionSide.LONG ? move : -move);
            }
            times[i] = time;
            equity[i] = cash + open;
        }
        return new EquityCurve(QUOTE, times, equity, size);
    }

    /** A complete result over {@code bars} with the given trades; Sortino is undefined (NaN). */
    static BacktestResult result(BarSeries bars, List<RoundTrip> trades, TreeMap<String, String> parameters) {
        Money initialCash = Money.of("10000", QUOTE);
        EquityCurve equity = equity(bars, trades, initialCash);
        Money finalEquity = equity.size() == 0 ? initialCash : equity.equity(equity.size() - 1);
        Money fees = Money.zero(QUOTE);
        int wins = 0;
        for (RoundTrip trade : trades) {
            fees = fees.add(trade.fees());
            wins += trade.isWin() ? 1 : 0;
        }
        PerformanceMetrics metrics = new PerformanceMetrics(
                initialCash,
                finalEquity,
                TOTAL_RETURN,
                MAX_DRAWDOWN,
                SHARPE,
                Double.NaN,
                trades.size(),
                trades.isEmpty() ? Double.NaN : (double) wins / trades.size(),
                1.75,
                fees,
                0.4321,
                0.5678,
                0.2345,
                10.01,
                42,
                Money.of("123.45", QUOTE),
                0.0123);
        return new BacktestResult(
                "sma-cross",
                BTC_USDT,
                bars.timeframe(),
                parameters,
                bars.size(),
                metrics,
                trades,
                equity,
                new BacktestResult.RunStatistics(bars.size() * 3L, 12, 3));
    }

    /** Parameters including one whose value is markup, to check escaping. */
    static TreeMap<String, String> parameters() {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("fast", "10");
        parameters.put("slow", "30");
        parameters.put("label", "<b>bold</b> & \"quoted\" 'single'");
        return parameters;
    }

    /** 300 hourly bars with four trades (one short), the shape of a small everyday run. */
    static BacktestResult smallRun(BarSeries bars) {
        return result(bars, trades(bars, new int[] {20, 80, 150, 220}, new int[] {50, 120, 190, 260}), parameters());
    }

    /** {@code count} evenly spaced trades of {@code length} bars each over {@code bars}. */
    static List<RoundTrip> manyTrades(BarSeries bars, int count, int length) {
        int[] entries = new int[count];
        int[] exits = new int[count];
        int spacing = (bars.size() - 1) / count;
        for (int k = 0; k < count; k++) {
            entries[k] = k * spacing;
            exits[k] = k * spacing + Math.min(length, spacing - 1);
        }
        return trades(bars, entries, exits);
    }
}
