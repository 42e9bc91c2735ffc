package io.alphapulse.app.backtest;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.PerformanceMetrics;
import io.alphapulse.engine.model.Money;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders backtest results as plain-text tables for the terminal. */
public final class SummaryTable {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SummaryTable() {}

    /** The summary of one run. */
    public static void print(BacktestResult result, PrintStream out) {
        PerformanceMetrics metrics = result.metrics();
        String first = DATE_TIME.format(Instant.EPOCH.plusNanos(result.equity().timestampNanos(0)));
        String last = DATE_TIME.format(Instant.EPOCH.plusNanos(
                result.equity().timestampNanos(result.equity().size() - 1)));
        out.printf(
                Locale.ROOT,
                "%s on %s %s: %,d bars, %s .. %s UTC%n",
                result.strategy(),
                result.instrumentId().symbol(),
                result.timeframe(),
                result.bars(),
                first,
                last);
        out.println("  parameters        " + parameters(result.parameters()));
        row(out, "initial cash", money(metrics.initialCash()));
        row(out, "final equity", money(metrics.finalEquity()));
        row(out, "total return", percent(metrics.totalReturn()));
        row(out, "CAGR", percent(metrics.cagr()));
        row(out, "max drawdown", fraction(metrics.maxDrawdown()));
        row(out, "sharpe", number(metrics.sharpe()));
        row(out, "sortino", number(metrics.sortino()));
        row(out, "volatility", fraction(metrics.volatility()));
        row(out, "calmar", number(metrics.calmar()));
        row(out, "trades", Integer.toString(metrics.trades()));
        row(out, "win rate", fraction(metrics.winRate()));
        row(out, "profit factor", number(metrics.profitFactor()));
        row(out, "average trade", money(metrics.averageTrade()));
        row(out, "expectancy", percent(metrics.expectancy()));
        row(out, "fees paid", money(metrics.feesPaid()));
        row(out, "exposure", fraction(metrics.exposure()));
        row(out, "max DD duration", String.format(Locale.ROOT, "%,d bars", metrics.maxDrawdownDurationBars()));
        out.printf(
                Locale.ROOT,
                "  engine            %,d events in %,d ms (%s events/s); data loaded in %,d ms%n",
                result.run().events(),
                result.run().wallMillis(),
                rate(result.run().events(), result.run().wallMillis()),
                result.run().loadMillis());
    }

    /** A sweep's runs, best first, with the swept parameters as the leading columns. */
    public static void printRanking(List<BacktestResult> ranked, List<String> swept, String rankBy, PrintStream out) {
        List<String> header = new ArrayList<>();
        header.add("#");
        header.addAll(swept);
        header.addAll(List.of("totalReturn", "sharpe", "sortino", "maxDrawdown", "trades", "winRate", "profitFactor"));
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (BacktestResult result : ranked) {
            PerformanceMetrics metrics = result.metrics();
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(rank++));
            for (String name : swept) {
                row.add(result.parameters().get(name));
            }
            row.add(percent(metrics.totalReturn()));
            row.add(number(metrics.sharpe()));
            row.add(number(metrics.sortino()));
            row.add(fraction(metrics.maxDrawdown()));
            row.add(Integer.toString(metrics.trades()));
            row.add(fraction(metrics.winRate()));
            row.add(number(metrics.profitFactor()));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (int column = 0; column < header.size(); column++) {
            widths[column] = header.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        out.println("ranked by " + rankBy + ":");
        printRow(out, header, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
    }

    private static void printRow(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            line.append(column == 0 ? "" : "  ")
                    .append(" ".repeat(widths[column] - cell.length()))
                    .append(cell);
        }
        out.println(line);
    }

    private static void row(PrintStream out, String label, String value) {
        out.printf(Locale.ROOT, "  %-17s %s%n", label, value);
    }

    private static String parameters(Map<String, String> parameters) {
        List<String> parts = new ArrayList<>();
        parameters.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(" ", parts);
    }

    static String percent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.2f%%", value * 100) : "n/a";
    }

    /** A fraction with no direction (a drawdown, a rate) as an unsigned percentage. */
    static String fraction(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f%%", value * 100) : "n/a";
    }

    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
    }

    static String money(Money value) {
        return String.format(
                Locale.ROOT,
                "%,.2f %s",
                value.toBigDecimal().setScale(2, RoundingMode.HALF_EVEN),
                value.currency().code());
    }

    private static String rate(long events, long millis) {
        if (millis <= 0) {
            return "> " + String.format(Locale.ROOT, "%,d", events * 1000);
        }
        return String.format(Locale.ROOT, "%,d", events * 1000 / millis);
    }
}
