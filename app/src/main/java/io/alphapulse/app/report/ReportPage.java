package io.alphapulse.app.report;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.model.InstrumentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Assembles the report page: document head with the inlined stylesheet, header, key figures, the
 * three charts, the metrics and the trade list, then the crosshair's data and script. Everything the
 * page shows is in this one string; the Content-Security-Policy forbids the browser to fetch anything,
 * so a later edit that adds an external reference fails visibly instead of quietly leaking the
 * report's viewing to a third party.
 */
final class ReportPage {

    private static final String STYLESHEET = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private ReportPage() {}

    static String render(BacktestResult result, BarSeries bars) {
        ReportCharts charts = new ReportCharts(result, bars);
        MetricsSection metrics = new MetricsSection(result);
        boolean withSeconds = charts.withSeconds();
        int trades = result.trades().size();
        StringBuilder out = new StringBuilder(256 * 1024 + Math.min(trades, TradeTable.FULL_LIST_LIMIT) * 400);

        head(out, result);
        out.append("<body>\n<main class=\"page\">\n");
        header(out, result, bars, withSeconds);
        metrics.keyFigures(out);

        card(
                out,
                "Equity",
                "Account value at each bar close · final "
                        + DisplayFormat.money(result.metrics().finalEquity()));
        out.append(charts.equityChart()).append("</section>\n");

        card(
                out,
                "Drawdown",
                "Percentage below the running peak · max "
                        + DisplayFormat.percent(-result.metrics().maxDrawdown()));
        out.append(charts.drawdownChart()).append("</section>\n");

        card(out, "Price and trades", priceHint(bars, trades, charts.detailedMarkers()));
        out.append(charts.priceChart()).append("</section>\n");

        card(out, "Metrics", "Hover a name for its definition");
        metrics.table(out);
        out.append("</section>\n");

        card(out, "Trades", "Closed round trips in exit order · times UTC");
        TradeTable.write(out, result.trades(), result.metrics().initialCash().currency(), withSeconds);
        out.append("</section>\n");

        footer(out, result);
        out.append("</main>\n<div class=\"tooltip\" id=\"tooltip\" role=\"tooltip\"></div>\n")
                .append("<script type=\"application/json\" id=\"report-data\">")
                .append(charts.hoverData())
                .append("</script>\n<script>\n")
                .append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void head(StringBuilder out, BacktestResult result) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"generator\" content=\"AlphaPulse\">\n<title>");
        Html.appendEscaped(out, result.strategy());
        out.append(" · ");
        Html.appendEscaped(out, result.instrumentId().symbol());
        out.append(' ').append(result.timeframe()).append(" · AlphaPulse backtest</title>\n<style>\n");
        out.append(STYLESHEET).append("</style>\n</head>\n");
    }

    private static void header(StringBuilder out, BacktestResult result, BarSeries bars, boolean withSeconds) {
        InstrumentId instrument = result.instrumentId();
        out.append("<header class=\"report-header\">\n<div class=\"eyebrow\">AlphaPulse · Backtest report</div>\n<h1>");
        Html.appendEscaped(out, result.strategy());
        out.append("</h1>\n<div class=\"subtitle\"><span class=\"symbol\">");
        Html.appendEscaped(out, instrument.symbol());
        out.append("</span><span>");
        Html.appendEscaped(out, instrument.venue());
        out.append("</span><span>").append(result.timeframe()).append(" bars</span>");
        period(out, result, bars, withSeconds);
        out.append("<span>").append(DisplayFormat.integer(result.bars())).append(" bars</span></div>\n");
        out.append("<div class=\"params\">");
        Map<String, String> parameters = result.parameters();
        if (parameters.isEmpty()) {
            out.append("<span class=\"param none\">no parameters</span>");
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            out.append("<span class=\"param\"><span class=\"param-name\">");
            Html.appendEscaped(out, parameter.getKey());
            out.append("</span> ");
            Html.appendEscaped(out, parameter.getValue());
            out.append("</span>");
        }
        out.append("</div>\n</header>\n");
    }

    /** First bar's open to last bar's close, and how long that is. */
    private static void period(StringBuilder out, BacktestResult result, BarSeries bars, boolean withSeconds) {
        long start;
        long end;
        if (!bars.isEmpty()) {
            start = bars.openTimeNanos(0);
            end = bars.closeTimeNanos(bars.size() - 1);
        } else if (result.equity().size() > 0) {
            start = result.equity().timestampNanos(0);
            end = result.equity().timestampNanos(result.equity().size() - 1)
                    + result.timeframe().durationNanos();
        } else {
            out.append("<span>no data</span>");
            return;
        }
        out.append("<span>")
                .append(DisplayFormat.dateTime(start, withSeconds))
                .append(" → ")
                .append(DisplayFormat.dateTime(end, withSeconds))
                .append(" UTC</span><span>")
                .append(DisplayFormat.duration(end - start))
                .append("</span>");
    }

    private static String priceHint(BarSeries bars, int trades, boolean detailedMarkers) {
        String markers = trades == 0
                ? "no trades"
                : detailedMarkers
                        ? "▲ entry ▼ exit · hover a marker for the trade"
                        : "▲ entry ▼ exit · " + DisplayFormat.integer(trades) + " trades, overlapping markers merged";
        if (bars.size() > ReportCharts.COLUMNS) {
            return DisplayFormat.integer(bars.size()) + " bars at screen resolution, spikes kept · " + markers;
        }
        return markers;
    }

    private static void card(StringBuilder out, String title, String hint) {
        out.append("<section class=\"card\">\n<div class=\"card-header\"><h2>")
                .append(title)
                .append("</h2><span class=\"hint\">");
        Html.appendEscaped(out, hint);
        out.append("</span></div>\n");
    }

    private static void footer(StringBuilder out, BacktestResult result) {
        out.append("<footer class=\"report-footer\">Generated by AlphaPulse · ")
                .append(DisplayFormat.integer(result.run().events()))
                .append(" events in ")
                .append(DisplayFormat.integer(result.run().wallMillis()))
                .append(" ms · all times UTC · this page is self-contained and works offline</footer>\n");
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report resource " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + name, e);
        }
    }
}
