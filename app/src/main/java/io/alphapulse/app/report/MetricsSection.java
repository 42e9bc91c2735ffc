package io.alphapulse.app.report;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.PerformanceMetrics;
import io.alphapulse.engine.data.Timeframe;

/**
 * The run's numbers in two forms: the strip of key figures at the top of the page, and the full table
 * of every {@link PerformanceMetrics} field with the run statistics. Gains are green and losses red;
 * figures without a direction (trade count, exposure, fees) stay neutral, because colouring them would
 * suggest a judgement the number cannot support.
 */
final class MetricsSection {

    private final BacktestResult result;
    private final PerformanceMetrics metrics;

    MetricsSection(BacktestResult result) {
        this.result = result;
        this.metrics = result.metrics();
    }

    /** The strip of key figures. */
    void keyFigures(StringBuilder out) {
        int losses = metrics.trades() - (int) Math.round(metrics.winRate() * metrics.trades());
        out.append("<section class=\"kpis\" aria-label=\"Key figures\">\n");
        figure(
                out,
                "Total return",
                DisplayFormat.signedPercent(metrics.totalReturn()),
                signClass(metrics.totalReturn()),
                DisplayFormat.amount(metrics.finalEquity().subtract(metrics.initialCash()), true) + " "
                        + metrics.initialCash().currency().code());
        figure(out, "CAGR", DisplayFormat.signedPercent(metrics.cagr()), signClass(metrics.cagr()), "annualised");
        figure(
                out,
                "Max drawdown",
                DisplayFormat.percent(-metrics.maxDrawdown()),
                metrics.maxDrawdown() > 0 ? "negative" : "",
                "max " + DisplayFormat.integer(metrics.maxDrawdownDurationBars()) + " bars underwater");
        figure(out, "Sharpe", DisplayFormat.ratio(metrics.sharpe()), signClass(metrics.sharpe()), "annualised");
        figure(out, "Sortino", DisplayFormat.ratio(metrics.sortino()), signClass(metrics.sortino()), "annualised");
        figure(
                out,
                "Trades",
                DisplayFormat.integer(metrics.trades()),
                "",
                Double.isNaN(metrics.winRate())
                        ? "closed round trips"
                        : DisplayFormat.integer(metrics.trades() - losses) + " won · " + DisplayFormat.integer(losses)
                                + " lost");
        figure(out, "Win rate", DisplayFormat.percent(metrics.winRate(), 1), "", "of closed trades");
        figure(
                out,
                "Profit factor",
                DisplayFormat.ratio(metrics.profitFactor()),
                Double.isNaN(metrics.profitFactor()) ? "" : signClass(metrics.profitFactor() - 1),
                "gross profit / gross loss");
        figure(
                out,
                "Fees",
                DisplayFormat.amount(metrics.feesPaid(), false),
                "",
                metrics.feesPaid().currency().code() + " paid in total");
        figure(out, "Exposure", DisplayFormat.percent(metrics.exposure(), 1), "", "of bars in the market");
        figure(
                out,
                "Final equity",
                DisplayFormat.amount(metrics.finalEquity(), false),
                signClass(metrics.finalEquity().compareTo(metrics.initialCash())),
                metrics.finalEquity().currency().code() + " · from "
                        + DisplayFormat.amount(metrics.initialCash(), false));
        out.append("</section>\n");
    }

    /** Every metric, grouped, with the run statistics. */
    void table(StringBuilder out) {
        String durationNote = barsAsTime(metrics.maxDrawdownDurationBars(), result.timeframe());
        out.append("<div class=\"metrics\">\n");
        group(out, "Returns");
        row(out, "Initial cash", DisplayFormat.money(metrics.initialCash()), "", "Cash at the start");
        row(
                out,
                "Final equity",
                DisplayFormat.money(metrics.finalEquity()),
                signClass(metrics.finalEquity().compareTo(metrics.initialCash())),
                "Equity at the last bar close, an open position marked to that close");
        row(
                out,
                "Total return",
                DisplayFormat.signedPercent(metrics.totalReturn()),
                signClass(metrics.totalReturn()),
                "Final equity / initial cash − 1");
        row(
                out,
                "CAGR",
                DisplayFormat.signedPercent(metrics.cagr()),
                signClass(metrics.cagr()),
                "Compound annual growth rate over the run's duration");
        row(
                out,
                "Average trade",
                DisplayFormat.amount(metrics.averageTrade(), true) + " "
                        + metrics.averageTrade().currency().code(),
                signClass(metrics.averageTrade().signum()),
                "Mean net P&L of closed trades");
        row(
                out,
                "Expectancy",
                DisplayFormat.signedPercent(metrics.expectancy()),
                signClass(metrics.expectancy()),
                "Mean net return of closed trades, each relative to its entry notional");
        endGroup(out);

        group(out, "Risk");
        row(
                out,
                "Max drawdown",
                DisplayFormat.percent(-metrics.maxDrawdown()),
                metrics.maxDrawdown() > 0 ? "negative" : "",
                "Largest fall from a peak, (peak − equity) / peak over bar closes");
        row(
                out,
                "Max drawdown duration",
                DisplayFormat.integer(metrics.maxDrawdownDurationBars()) + " bars" + durationNote,
                "",
                "Longest run of bars from a peak until equity regained it (or the end)");
        row(
                out,
                "Volatility",
                DisplayFormat.percent(metrics.volatility()),
                "",
                "Annualised standard deviation of per-bar returns");
        row(
                out,
                "Sharpe ratio",
                DisplayFormat.ratio(metrics.sharpe()),
                signClass(metrics.sharpe()),
                "Mean / sample standard deviation of per-bar returns × √(bars per year)");
        row(
                out,
                "Sortino ratio",
                DisplayFormat.ratio(metrics.sortino()),
                signClass(metrics.sortino()),
                "Like Sharpe, over the downside deviation");
        row(
                out,
                "Calmar ratio",
                DisplayFormat.ratio(metrics.calmar()),
                signClass(metrics.calmar()),
                "CAGR / max drawdown");
        endGroup(out);

        group(out, "Trading");
        row(out, "Trades", DisplayFormat.integer(metrics.trades()), "", "Closed round trips");
        row(
                out,
                "Win rate",
                DisplayFormat.percent(metrics.winRate()),
                "",
                "Share of closed trades with a positive net P&L");
        row(
                out,
                "Profit factor",
                DisplayFormat.ratio(metrics.profitFactor()),
                Double.isNaN(metrics.profitFactor()) ? "" : signClass(metrics.profitFactor() - 1),
                "Gross profit / gross loss of closed trades");
        row(out, "Fees paid", DisplayFormat.money(metrics.feesPaid()), "", "Every fee paid");
        row(out, "Exposure", DisplayFormat.percent(metrics.exposure()), "", "Share of bars closing with a position");
        row(out, "Bars", DisplayFormat.integer(result.bars()), "", "Bars replayed");
        row(
                out,
                "Events processed",
                DisplayFormat.integer(result.run().events()),
                "",
                "Messages the kernel processed: bars, orders, fills, timers");
        row(
                out,
                "Engine time",
                DisplayFormat.integer(result.run().wallMillis()) + " ms",
                "",
                "Time the engine ran, excluding loading the data ("
                        + DisplayFormat.integer(result.run().loadMillis()) + " ms)");
        endGroup(out);
        out.append("</div>\n");
    }

    private static void figure(StringBuilder out, String label, String value, String tone, String note) {
        out.append("<div class=\"kpi\"><div class=\"kpi-label\">")
                .append(label)
                .append("</div><div class=\"kpi-value ")
                .append(tone)
                .append("\">")
                .append(value)
                .append("</div><div class=\"kpi-note\">");
        Html.appendEscaped(out, note);
        out.append("</div></div>\n");
    }

    private static void group(StringBuilder out, String title) {
        out.append("<table class=\"metric-group\"><caption>").append(title).append("</caption><tbody>\n");
    }

    private static void endGroup(StringBuilder out) {
        out.append("</tbody></table>\n");
    }

    private static void row(StringBuilder out, String label, String value, String tone, String definition) {
        out.append("<tr><th scope=\"row\" title=\"");
        Html.appendEscaped(out, definition);
        out.append("\">")
                .append(label)
                .append("</th><td class=\"")
                .append(tone)
                .append("\">")
                .append(value)
                .append("</td></tr>\n");
    }

    private static String signClass(double value) {
        if (Double.isNaN(value) || value == 0) {
            return "";
        }
        return value > 0 ? "positive" : "negative";
    }

    private static String barsAsTime(long bars, Timeframe timeframe) {
        if (bars <= 0 || bars > Long.MAX_VALUE / timeframe.durationNanos()) {
            return "";
        }
        return " (" + DisplayFormat.duration(bars * timeframe.durationNanos()) + ")";
    }
}
