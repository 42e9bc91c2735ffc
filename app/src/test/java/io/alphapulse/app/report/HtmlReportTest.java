package io.alphapulse.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.alphapulse.app.io.OutputPathException;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static BarSeries bars;
    private static BacktestResult result;
    private static String page;

    @TempDir
    Path directory;

    @BeforeAll
    static void renderSmallRun() {
        bars = ReportFixtures.bars(300, Timeframe.ONE_HOUR, 7);
        result = ReportFixtures.smallRun(bars);
        page = HtmlReport.render(result, bars);
    }

    @Test
    void write_producesOneHtmlFile_withTheThreeCharts() throws IOException {
        Path target = directory.resolve("report.html");

        HtmlReport.write(result, bars, target);

        String written = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(written)
                .contains("<svg class=\"chart\" data-chart=\"equity\"")
                .contains("<svg class=\"chart\" data-chart=\"drawdown\"")
                .contains("<svg class=\"chart\" data-chart=\"price\"")
                .contains("class=\"s-equity\"")
                .contains("class=\"s-baseline\"")
                .contains("class=\"s-drawdown\"")
                .contains("class=\"s-close\"")
                .contains("class=\"s-band\"");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void crosshairData_hasOneEntryPerPixelColumn_andTheScriptIsInline() {
        String data = between(page, "<script type=\"application/json\" id=\"report-data\">", "</script>");
        String times = between(data, "\"time\":[", "]");

        assertThat(data).startsWith("<script type=\"application/json\" id=\"report-data\">{\"left\":76,");
        assertThat(count(times, ",") + 1).isEqualTo(ReportCharts.COLUMNS);
        assertThat(data).contains("\"currency\":\"USDT\"").contains("\"axes\":{\"equity\":[");
        assertThat(page).contains("<script>\n// Crosshair and tooltip").contains("<g class=\"crosshair\">");
    }

    @Test
    void header_namesStrategyInstrumentTimeframePeriodAndParameters() {
        assertThat(page)
                .contains("<h1>sma-cross</h1>")
                .contains("<span class=\"symbol\">BTC-USDT</span><span>sim</span><span>1h bars</span>")
                // 300 hourly bars from 2024-01-01 00:00: the last one closes 300 hours later.
                .contains("2024-01-01 00:00 → 2024-01-13 12:00 UTC")
                .contains("<span class=\"param-name\">fast</span> 10")
                .contains("<span class=\"param-name\">slow</span> 30");
    }

    @Test
    void chartsHaveAxesGridlinesTickLabelsAndLegends() {
        for (String chart : List.of("equity", "drawdown", "price")) {
            String svg = svg(chart);
            assertThat(svg).contains("<g class=\"grid\">").contains("class=\"axis-line\"");
            assertThat(count(svg, "class=\"y-label\""))
                    .as(chart + " value ticks")
                    .isGreaterThanOrEqualTo(3);
            assertThat(count(svg, "class=\"x-label\""))
                    .as(chart + " time ticks")
                    .isGreaterThanOrEqualTo(3);
            assertThat(svg).contains("<g class=\"legend\">");
        }
        // 12.5 days of hourly bars: a tick every two days (counted from the epoch), labelled with the date.
        assertThat(svg("price")).contains(">2024-01-02</text>").contains(">2024-01-04</text>");
        assertThat(svg("equity")).contains(">Equity</text>").contains("Initial cash 10,000.00 USDT");
        assertThat(svg("drawdown")).contains("Max drawdown −");
        assertThat(svg("price")).contains(">Entry</text>").contains(">Exit</text>");
    }

    @Test
    void priceChart_marksEveryTradesEntryAndExit() {
        String price = between(svg("price"), "<g class=\"trades\">", "<g class=\"legend\">");
        List<RoundTrip> trades = result.trades();

        assertThat(count(price, "<g class=\"trade ")).isEqualTo(trades.size());
        assertThat(count(price, "<path class=\"m-entry\" d=\"M")).isEqualTo(trades.size());
        assertThat(count(price, "<path class=\"m-exit\" d=\"M")).isEqualTo(trades.size());
        for (int n = 1; n <= trades.size(); n++) {
            RoundTrip trade = trades.get(n - 1);
            assertThat(price)
                    .contains("<g class=\"trade " + (trade.isWin() ? "win" : "loss") + "\" data-trade=\"" + n + "\">")
                    .contains("Trade #" + n + " · " + trade.side())
                    .contains("Entry " + DisplayFormat.dateTime(trade.entryTimeNanos(), false) + " @ "
                            + DisplayFormat.price(trade.entryPrice()));
        }
    }

    @Test
    void markers_sitAtTheTradesTimesAndPrices() {
        ReportCharts charts = new ReportCharts(result, bars);
        String price = charts.priceChart();
        TimeAxis time = charts.timeAxis();
        ValueAxis values = charts.priceAxis();
        // The time axis spans the bars exactly, so the first bar is at the plot's left edge.
        assertThat(time.x(bars.openTimeNanos(0))).isEqualTo(SvgChart.LEFT);
        assertThat(time.x(bars.openTimeNanos(bars.size() - 1))).isEqualTo(SvgChart.LEFT + SvgChart.PLOT_WIDTH);

        for (int n = 1; n <= result.trades().size(); n++) {
            RoundTrip trade = result.trades().get(n - 1);
            String entry = "M" + Coordinates.format(time.x(trade.entryTimeNanos())) + " "
                    + Coordinates.format(values.y(trade.entryPrice().toDouble())) + "l";
            String exit = "M" + Coordinates.format(time.x(trade.exitTimeNanos())) + " "
                    + Coordinates.format(values.y(trade.exitPrice().toDouble())) + "l";
            String group = between(price, "data-trade=\"" + n + "\">", "</g>");
            assertThat(group)
                    .contains("<path class=\"m-entry\" d=\"" + entry)
                    .contains("<path class=\"m-exit\" d=\"" + exit);
            assertThat(values.y(trade.entryPrice().toDouble()))
                    .as("inside the plot, not clamped to its edge")
                    .isStrictlyBetween(SvgChart.TOP, ReportCharts.PRICE_HEIGHT - SvgChart.BOTTOM);
        }
    }

    @Test
    void keyFigures_showTheHeadlineMetrics_colouredBySign() {
        assertThat(page)
                .contains("<div class=\"kpi-label\">Total return</div><div class=\"kpi-value positive\">+12.34%</div>")
                .contains("<div class=\"kpi-label\">CAGR</div><div class=\"kpi-value positive\">+56.78%</div>")
                .contains("<div class=\"kpi-label\">Max drawdown</div><div class=\"kpi-value negative\">−5.67%</div>")
                .contains("<div class=\"kpi-label\">Sharpe</div><div class=\"kpi-value positive\">1.88</div>")
                .contains("<div class=\"kpi-label\">Sortino</div><div class=\"kpi-value \">—</div>")
                .contains("<div class=\"kpi-label\">Trades</div><div class=\"kpi-value \">4</div>")
                .contains("<div class=\"kpi-label\">Win rate</div>")
                .contains("<div class=\"kpi-label\">Profit factor</div><div class=\"kpi-value positive\">1.75</div>")
                .contains("<div class=\"kpi-label\">Fees</div><div class=\"kpi-value \">"
                        + DisplayFormat.amount(result.metrics().feesPaid(), false) + "</div>")
                .contains("<div class=\"kpi-label\">Exposure</div><div class=\"kpi-value \">43.2%</div>")
                .contains("<div class=\"kpi-label\">Final equity</div>");
    }

    @Test
    void metricsTable_listsEveryPerformanceMetric_formatted() {
        assertThat(page)
                .containsPattern(metricRow("Initial cash", "10,000.00 USDT"))
                .containsPattern(metricRow(
                        "Final equity", DisplayFormat.money(result.metrics().finalEquity())))
                .containsPattern(metricRow("Total return", "+12.34%"))
                .containsPattern(metricRow("CAGR", "+56.78%"))
                .containsPattern(metricRow("Average trade", "+123.45 USDT"))
                .containsPattern(metricRow("Expectancy", "+1.23%"))
                .containsPattern(metricRow("Max drawdown", "−5.67%"))
                .containsPattern(metricRow("Max drawdown duration", "42 bars (1d 18h)"))
                .containsPattern(metricRow("Volatility", "23.45%"))
                .containsPattern(metricRow("Sharpe ratio", "1.88"))
                .containsPattern(metricRow("Calmar ratio", "10.01"))
                .containsPattern(metricRow("Trades", "4"))
                .containsPattern(metricRow("Profit factor", "1.75"))
                .containsPattern(metricRow(
                        "Fees paid", DisplayFormat.money(result.metrics().feesPaid())))
                .containsPattern(metricRow("Exposure", "43.21%"))
                .containsPattern(metricRow("Bars", "300"))
                .containsPattern(metricRow("Events processed", "900"));
    }

    @Test
    void undefinedMetrics_areShownAsADash() {
        assertThat(page).containsPattern(metricRow("Sortino ratio", "—")).doesNotContain("NaN");
    }

    @Test
    void tradeList_hasARowPerTrade_withTimesSidesPricesAndOutcome() {
        List<RoundTrip> trades = result.trades();
        assertThat(count(page, "<tr class=\"win\" data-trade=") + count(page, "<tr class=\"loss\" data-trade="))
                .isEqualTo(trades.size());
        for (int n = 1; n <= trades.size(); n++) {
            RoundTrip trade = trades.get(n - 1);
            String row = "<tr class=\"" + (trade.isWin() ? "win" : "loss") + "\" data-trade=\"" + n + "\"><td>" + n
                    + "</td><td><span class=\"side " + (trade.side().name().toLowerCase(Locale.ROOT)) + "\">"
                    + trade.side() + "</span></td><td>" + DisplayFormat.dateTime(trade.entryTimeNanos(), false)
                    + "</td><td>" + DisplayFormat.dateTime(trade.exitTimeNanos(), false) + "</td><td>";
            assertThat(page).contains(row);
            assertThat(page)
                    .contains("<td>0.2</td><td>" + DisplayFormat.price(trade.entryPrice()) + "</td><td>"
                            + DisplayFormat.price(trade.exitPrice()) + "</td><td>"
                            + DisplayFormat.amount(trade.pnl(), true) + "</td>");
        }
        assertThat(page).contains("<th>P&amp;L (USDT)</th>").contains("<span class=\"side short\">SHORT</span>");
    }

    @Test
    void page_referencesNothingOutsideItself() {
        assertThat(page)
                .doesNotContain("http://")
                .doesNotContain("https://")
                .doesNotContain("<script src")
                .doesNotContain("<link")
                .doesNotContain("<img")
                .doesNotContain("@import")
                .doesNotContain("url(http")
                .doesNotContain("@font-face")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void userProvidedText_isEscaped() {
        assertThat(page)
                .contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39;")
                .doesNotContain("<b>")
                .doesNotContain("</b>");
    }

    @Test
    void sameResult_givesTheSameBytes_whateverTheDefaultLocaleAndTimeZone() throws IOException {
        Path first = directory.resolve("first.html");
        Path second = directory.resolve("second.html");
        HtmlReport.write(result, bars, first);

        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            HtmlReport.write(ReportFixtures.smallRun(bars), bars, second);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }

        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void write_replacesAnExistingReport() throws IOException {
        Path target = directory.resolve("report.html");
        Files.writeString(target, "old report");

        HtmlReport.write(result, bars, target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(page);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void twoMillionBars_giveAPageOfAFewMegabytes() throws IOException {
        BarSeries large = ReportFixtures.bars(2_000_000, Timeframe.ONE_MINUTE, 11);
        List<RoundTrip> trades = ReportFixtures.manyTrades(large, 20_000, 50);
        BacktestResult run = ReportFixtures.result(large, trades, ReportFixtures.parameters());
        Path target = directory.resolve("large.html");

        HtmlReport.write(run, large, target);

        assertThat(Files.size(target)).isLessThan(5L * 1024 * 1024);
        String written = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(written)
                .contains("Showing the first 2,500 and the last 2,500 of 20,000 trades")
                .contains("15,000 trades not shown")
                .contains("data-trade=\"1\"")
                .contains("data-trade=\"20000\"")
                .doesNotContain("data-trade=\"2501\"")
                .contains("<g class=\"trades merged\">")
                .contains("2,000,000 bars at screen resolution");
        // At most four points per pixel column for the close line.
        String close = between(written, "<path class=\"s-close\" d=\"", "\"");
        assertThat(count(close, "L") + 1).isLessThanOrEqualTo(4 * ReportCharts.COLUMNS);
    }

    @Test
    void manyTrades_upToTenThousand_areAllListed() {
        BarSeries series = ReportFixtures.bars(30_000, Timeframe.ONE_MINUTE, 5);
        List<RoundTrip> trades = ReportFixtures.manyTrades(series, TradeTable.FULL_LIST_LIMIT, 1);
        String html = HtmlReport.render(ReportFixtures.result(series, trades, ReportFixtures.parameters()), series);

        assertThat(count(html, "<tr class=\"win\" data-trade=") + count(html, "<tr class=\"loss\" data-trade="))
                .isEqualTo(TradeTable.FULL_LIST_LIMIT);
        assertThat(html).doesNotContain("trades not shown");
    }

    @Test
    void emptyRun_stillRenders() {
        BarSeries none = ReportFixtures.bars(0, Timeframe.ONE_DAY, 1);
        BacktestResult empty = ReportFixtures.result(none, List.of(), new java.util.TreeMap<>());

        String html = HtmlReport.render(empty, none);

        assertThat(html)
                .contains("No bars")
                .contains("No equity points")
                .contains("No closed trades in this run.")
                .contains("no parameters")
                .doesNotContain("NaN");
    }

    @Test
    void targetInADirectoryThatIsAFile_throwsNamingThePath_andWritesNothing() throws IOException {
        Path blocker = Files.writeString(directory.resolve("not-a-directory"), "x");
        Path target = blocker.resolve("report.html");

        assertThatThrownBy(() -> HtmlReport.write(result, bars, target))
                .isInstanceOf(OutputPathException.class)
                .hasMessageContaining(target.toString())
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((OutputPathException) e).target()).isEqualTo(target));
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(blocker);
        }
    }

    @Test
    void targetInAMissingDirectory_throwsNamingIt() {
        Path target = directory.resolve("missing").resolve("report.html");

        assertThatThrownBy(() -> HtmlReport.write(result, bars, target))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("cannot write report " + target + ": directory " + target.getParent() + " does not exist");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void targetInAReadOnlyDirectory_throwsNamingThePath_andLeavesNoFile() throws IOException {
        Path readOnly = Files.createDirectory(directory.resolve("read-only"));
        Path target = readOnly.resolve("report.html");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "the current user (root?) can write to read-only directories");

            assertThatThrownBy(() -> HtmlReport.write(result, bars, target))
                    .isInstanceOf(OutputPathException.class)
                    .hasMessageStartingWith("cannot write report " + target + ": ")
                    .hasMessageNotContaining("\n");
            try (Stream<Path> files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void targetThatIsADirectory_throws_andLeavesItAlone() throws IOException {
        Path target = Files.createDirectory(directory.resolve("report.html"));

        assertThatThrownBy(() -> HtmlReport.write(result, bars, target))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("cannot write report " + target + ": it is a directory");
        assertThat(target).isDirectory();
    }

    private static String svg(String chart) {
        return between(page, "<svg class=\"chart\" data-chart=\"" + chart + "\"", "</svg>");
    }

    private static String metricRow(String label, String value) {
        return "<th scope=\"row\" title=\"[^\"]*\">" + Pattern.quote(label) + "</th><td class=\"[a-z]*\">"
                + Pattern.quote(value) + "</td>";
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in the page", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to);
    }

    private static int count(String text, String fragment) {
        int count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length())) {
            count++;
        }
        return count;
    }
}
