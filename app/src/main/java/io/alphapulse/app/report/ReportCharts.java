package io.alphapulse.app.report;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.EquityCurve;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * The report's three charts (equity, drawdown, price with trades) and the data block the page script
 * reads for its crosshair. Every series is first reduced to pixel columns ({@link ColumnReduction}),
 * so the work and the page size depend on the chart's width, not on the number of bars: two million
 * bars draw as a few thousand points.
 */
final class ReportCharts {

    static final double EQUITY_HEIGHT = 330;
    static final double DRAWDOWN_HEIGHT = 190;
    static final double PRICE_HEIGHT = 390;
    /** One column per viewBox unit of plot width: as fine as the chart can show at its natural size. */
    static final int COLUMNS = (int) SvgChart.PLOT_WIDTH;
    /**
     * Up to this many trades each get their own marker elements with a tooltip. Beyond it the markers
     * are drawn smaller, beneath the close line, as two paths with one marker per two-unit cell,
     * because ten thousand titled elements would make the page heavy without showing anything more.
     */
    static final int DETAILED_MARKER_LIMIT = 1_000;

    private static final double MERGED_MARKER_SCALE = 0.6;
    private static final double MERGE_CELL = 2;
    private static final int TIME_TICKS = 9;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final BacktestResult result;
    private final BarSeries bars;
    private final EquityCurve equity;
    private final double equityUnit;
    private final double initialCash;
    private final double[] drawdown;
    private final boolean withSeconds;
    private final TimeAxis axis;
    private final List<TimeAxis.Tick> ticks;
    private final ColumnReduction closes;
    private final ColumnReduction equityPoints;
    private final ColumnReduction drawdownPoints;
    private final double[] columnLow;
    private final double[] columnHigh;
    private final ValueAxis equityAxis;
    private final ValueAxis drawdownAxis;
    private final ValueAxis priceAxis;
    private final int deepestPoint;

    ReportCharts(BacktestResult result, BarSeries bars) {
        this.result = result;
        this.bars = bars;
        this.equity = result.equity();
        this.equityUnit = Math.pow(10, equity.currency().scale());
        this.initialCash = result.metrics().initialCash().toDouble();
        this.withSeconds = result.timeframe().seconds() % 60 != 0;
        this.drawdown = drawdowns(equity);
        this.axis = new TimeAxis(startNanos(), endNanos(), SvgChart.LEFT, SvgChart.PLOT_WIDTH);
        this.ticks = axis.ticks(TIME_TICKS);

        closes = ColumnReduction.of(bars.size(), bars::openTimeNanos, bars::closeDouble, axis, COLUMNS);
        equityPoints = ColumnReduction.of(equity.size(), equity::timestampNanos, this::equityAt, axis, COLUMNS);
        drawdownPoints = ColumnReduction.of(equity.size(), equity::timestampNanos, i -> drawdown[i], axis, COLUMNS);
        columnLow = new double[COLUMNS];
        columnHigh = new double[COLUMNS];
        bandByColumn();

        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i : equityPoints.indices()) {
            low = Math.min(low, equityAt(i));
            high = Math.max(high, equityAt(i));
        }
        equityAxis = ValueAxis.covering(
                Math.min(low, initialCash),
                Math.max(high, initialCash),
                6,
                SvgChart.TOP,
                SvgChart.plotHeight(EQUITY_HEIGHT));

        int deepest = -1;
        for (int i = 0; i < drawdown.length; i++) {
            if (drawdown[i] < 0 && (deepest < 0 || drawdown[i] < drawdown[deepest])) {
                deepest = i;
            }
        }
        deepestPoint = deepest;
        double floor = deepest < 0 ? -0.01 : drawdown[deepest];
        drawdownAxis = ValueAxis.covering(floor, 0, 4, SvgChart.TOP, SvgChart.plotHeight(DRAWDOWN_HEIGHT));

        priceAxis = coveringPrices();
    }

    boolean withSeconds() {
        return withSeconds;
    }

    TimeAxis timeAxis() {
        return axis;
    }

    ValueAxis priceAxis() {
        return priceAxis;
    }

    /** Equity over time, filled green above the initial cash and red below it. */
    String equityChart() {
        StringBuilder out = new StringBuilder(96 * 1024);
        SvgChart chart = new SvgChart(out, "equity", "Equity curve", EQUITY_HEIGHT, axis, equityAxis);
        chart.grid(ticks, value -> DisplayFormat.decimal(value, equityAxis.decimals(), false));
        if (equity.size() == 0) {
            chart.emptyMessage("No equity points");
        } else {
            Coordinates.Path line = new Coordinates.Path();
            for (int i : equityPoints.indices()) {
                line.to(axis.x(equity.timestampNanos(i)), equityAxis.y(equityAt(i)));
            }
            double baseline = equityAxis.y(initialCash);
            StringBuilder area = closedToLevel(line, equityPoints.indices(), equity::timestampNanos, baseline);
            double bottom = SvgChart.TOP + SvgChart.plotHeight(EQUITY_HEIGHT);
            out.append("<defs>");
            clipRectangle(out, "equity-gain", SvgChart.TOP, baseline - SvgChart.TOP);
            clipRectangle(out, "equity-loss", baseline, bottom - baseline);
            out.append("</defs>\n");
            chart.beginPlot();
            out.append("<path class=\"area-gain\" clip-path=\"url(#equity-gain)\" d=\"")
                    .append(area)
                    .append("\"/>\n<path class=\"area-loss\" clip-path=\"url(#equity-loss)\" d=\"")
                    .append(area)
                    .append("\"/>\n");
            chart.horizontalLine("s-baseline", initialCash);
            chart.path("s-equity", line.data());
            chart.endPlot();
        }
        chart.legend(List.of(
                new SvgChart.LegendEntry("Equity", "s-equity", SvgChart.Swatch.LINE),
                new SvgChart.LegendEntry(
                        "Initial cash " + DisplayFormat.money(result.metrics().initialCash()),
                        "s-baseline",
                        SvgChart.Swatch.DASHED_LINE)));
        chart.finish();
        return out.toString();
    }

    /** How far equity stood below its running peak, with the deepest point marked. */
    String drawdownChart() {
        StringBuilder out = new StringBuilder(64 * 1024);
        SvgChart chart = new SvgChart(out, "drawdown", "Drawdown", DRAWDOWN_HEIGHT, axis, drawdownAxis);
        chart.grid(ticks, value -> DisplayFormat.percent(value, drawdownAxis.percentDecimals()));
        if (equity.size() == 0) {
            chart.emptyMessage("No equity points");
        } else {
            Coordinates.Path line = new Coordinates.Path();
            for (int i : drawdownPoints.indices()) {
                line.to(axis.x(equity.timestampNanos(i)), drawdownAxis.y(drawdown[i]));
            }
            StringBuilder area =
                    closedToLevel(line, drawdownPoints.indices(), equity::timestampNanos, drawdownAxis.y(0));
            chart.beginPlot();
            chart.path("area-drawdown", area);
            chart.path("s-drawdown", line.data());
            chart.endPlot();
            if (deepestPoint >= 0) {
                deepestPointNote(out);
            }
        }
        chart.legend(List.of(new SvgChart.LegendEntry("Drawdown from peak", "area-drawdown", SvgChart.Swatch.AREA)));
        chart.finish();
        return out.toString();
    }

    /** Closes, the high–low range, and a marker at every trade's entry and exit. */
    String priceChart() {
        StringBuilder out = new StringBuilder(128 * 1024);
        SvgChart chart =
                new SvgChart(out, "price", "Price with trade entries and exits", PRICE_HEIGHT, axis, priceAxis);
        chart.grid(ticks, value -> DisplayFormat.decimal(value, priceAxis.decimals(), false));
        boolean detailed = detailedMarkers();
        if (bars.isEmpty()) {
            chart.emptyMessage("No bars");
        }
        chart.beginPlot();
        chart.path("s-band", band());
        if (!detailed) {
            // Thousands of merged markers would bury the price; drawn first, the close line stays on top.
            mergedMarkers(out);
        }
        Coordinates.Path line = new Coordinates.Path();
        for (int i : closes.indices()) {
            line.to(axis.x(bars.openTimeNanos(i)), priceAxis.y(bars.closeDouble(i)));
        }
        chart.path("s-close", line.data());
        chart.endPlot();
        if (detailed) {
            detailedMarkers(out);
        }
        chart.legend(List.of(
                new SvgChart.LegendEntry("Close", "s-close", SvgChart.Swatch.LINE),
                new SvgChart.LegendEntry("High–low range", "s-band", SvgChart.Swatch.AREA),
                new SvgChart.LegendEntry("Entry", "m-entry", SvgChart.Swatch.UP_TRIANGLE),
                new SvgChart.LegendEntry("Exit", "m-exit", SvgChart.Swatch.DOWN_TRIANGLE)));
        chart.finish();
        return out.toString();
    }

    /** Whether every trade has its own marker (and so its own tooltip) on the price chart. */
    boolean detailedMarkers() {
        return result.trades().size() <= DETAILED_MARKER_LIMIT;
    }

    /**
     * The numbers behind the crosshair as JSON: per pixel column the time, close, equity and drawdown
     * of the column's last point, and each chart's vertical axis, so the script can place its dots
     * exactly where the lines are without parsing the SVG.
     */
    String hoverData() {
        StringBuilder json = new StringBuilder(COLUMNS * 48);
        int priceDecimals = bars.priceScale();
        json.append("{\"left\":")
                .append(Coordinates.format(axis.left()))
                .append(",\"width\":")
                .append(Coordinates.format(axis.width()))
                .append(",\"columns\":")
                .append(COLUMNS)
                .append(",\"start\":")
                .append(Math.floorDiv(axis.startNanos(), NANOS_PER_MILLI))
                .append(",\"span\":")
                .append(DisplayFormat.plain(axis.spanNanos() / (double) NANOS_PER_MILLI, 3))
                .append(",\"seconds\":")
                .append(withSeconds)
                .append(",\"currency\":\"")
                .append(equity.currency().code())
                .append("\",\"priceDecimals\":")
                .append(priceDecimals)
                .append(",\"axes\":{");
        axisJson(json, "equity", equityAxis);
        json.append(',');
        axisJson(json, "drawdown", drawdownAxis);
        json.append(',');
        axisJson(json, "price", priceAxis);
        json.append("},\n\"time\":[");
        int[] barColumns = closes.lastInColumn();
        int[] equityColumns = equityPoints.lastInColumn();
        for (int c = 0; c < COLUMNS; c++) {
            if (c > 0) {
                json.append(',');
            }
            if (barColumns[c] >= 0) {
                json.append(Math.floorDiv(bars.openTimeNanos(barColumns[c]), NANOS_PER_MILLI));
            } else if (equityColumns[c] >= 0) {
                json.append(Math.floorDiv(equity.timestampNanos(equityColumns[c]), NANOS_PER_MILLI));
            } else {
                json.append("null");
            }
        }
        json.append("],\n\"price\":[");
        for (int c = 0; c < COLUMNS; c++) {
            if (c > 0) {
                json.append(',');
            }
            json.append(
                    barColumns[c] < 0 ? "null" : DisplayFormat.plain(bars.closeDouble(barColumns[c]), priceDecimals));
        }
        json.append("],\n\"equity\":[");
        for (int c = 0; c < COLUMNS; c++) {
            if (c > 0) {
                json.append(',');
            }
            json.append(equityColumns[c] < 0 ? "null" : DisplayFormat.plain(equityAt(equityColumns[c]), 2));
        }
        json.append("],\n\"drawdown\":[");
        for (int c = 0; c < COLUMNS; c++) {
            if (c > 0) {
                json.append(',');
            }
            json.append(equityColumns[c] < 0 ? "null" : DisplayFormat.plain(drawdown[equityColumns[c]], 6));
        }
        json.append("]}");
        return json.toString();
    }

    private double equityAt(int index) {
        return equity.equityRaw(index) / equityUnit;
    }

    private long startNanos() {
        long start = Long.MAX_VALUE;
        if (!bars.isEmpty()) {
            start = bars.openTimeNanos(0);
        }
        if (equity.size() > 0) {
            start = Math.min(start, equity.timestampNanos(0));
        }
        for (RoundTrip trade : result.trades()) {
            start = Math.min(start, trade.entryTimeNanos());
        }
        return start == Long.MAX_VALUE ? 0 : start;
    }

    private long endNanos() {
        long end = Long.MIN_VALUE;
        if (!bars.isEmpty()) {
            end = bars.openTimeNanos(bars.size() - 1);
        }
        if (equity.size() > 0) {
            end = Math.max(end, equity.timestampNanos(equity.size() - 1));
        }
        for (RoundTrip trade : result.trades()) {
            end = Math.max(end, trade.exitTimeNanos());
        }
        return end == Long.MIN_VALUE ? 0 : end;
    }

    /** Drawdown at each point as a fraction at or below zero, from exact raw equity. */
    private static double[] drawdowns(EquityCurve equity) {
        double[] drawdown = new double[equity.size()];
        long peak = Long.MIN_VALUE;
        for (int i = 0; i < drawdown.length; i++) {
            long value = equity.equityRaw(i);
            peak = Math.max(peak, value);
            // A peak at or below zero has no meaningful percentage to fall from.
            drawdown[i] = peak > 0 ? -(double) (peak - value) / peak : 0.0;
        }
        return drawdown;
    }

    private void bandByColumn() {
        Arrays.fill(columnLow, Double.NaN);
        Arrays.fill(columnHigh, Double.NaN);
        double unit = Math.pow(10, bars.priceScale());
        for (int i = 0; i < bars.size(); i++) {
            int c = axis.column(bars.openTimeNanos(i), COLUMNS);
            double low = bars.lowRaw(i) / unit;
            double high = bars.highRaw(i) / unit;
            if (Double.isNaN(columnLow[c]) || low < columnLow[c]) {
                columnLow[c] = low;
            }
            if (Double.isNaN(columnHigh[c]) || high > columnHigh[c]) {
                columnHigh[c] = high;
            }
        }
    }

    private ValueAxis coveringPrices() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < COLUMNS; c++) {
            if (!Double.isNaN(columnLow[c])) {
                low = Math.min(low, columnLow[c]);
                high = Math.max(high, columnHigh[c]);
            }
        }
        for (RoundTrip trade : result.trades()) {
            low = Math.min(
                    low,
                    Math.min(trade.entryPrice().toDouble(), trade.exitPrice().toDouble()));
            high = Math.max(
                    high,
                    Math.max(trade.entryPrice().toDouble(), trade.exitPrice().toDouble()));
        }
        return ValueAxis.covering(low, high, 7, SvgChart.TOP, SvgChart.plotHeight(PRICE_HEIGHT));
    }

    /** The high–low range as one outline: along the highs left to right, back along the lows. */
    private StringBuilder band() {
        Coordinates.Path outline = new Coordinates.Path();
        double columnWidth = SvgChart.PLOT_WIDTH / COLUMNS;
        for (int c = 0; c < COLUMNS; c++) {
            if (!Double.isNaN(columnHigh[c])) {
                outline.to(SvgChart.LEFT + (c + 0.5) * columnWidth, priceAxis.y(columnHigh[c]));
            }
        }
        for (int c = COLUMNS - 1; c >= 0; c--) {
            if (!Double.isNaN(columnLow[c])) {
                outline.to(SvgChart.LEFT + (c + 0.5) * columnWidth, priceAxis.y(columnLow[c]));
            }
        }
        return outline.close().data();
    }

    private StringBuilder closedToLevel(Coordinates.Path line, int[] indices, IntToLongFunction time, double levelY) {
        StringBuilder area = new StringBuilder(line.data().length() + 32);
        area.append(line.data());
        area.append('L');
        Coordinates.append(area, axis.x(time.applyAsLong(indices[indices.length - 1])));
        area.append(' ');
        Coordinates.append(area, levelY);
        area.append('L');
        Coordinates.append(area, axis.x(time.applyAsLong(indices[0])));
        area.append(' ');
        Coordinates.append(area, levelY);
        area.append('Z');
        return area;
    }

    private static void clipRectangle(StringBuilder out, String id, double y, double height) {
        out.append("<clipPath id=\"")
                .append(id)
                .append("\"><rect x=\"")
                .append(Coordinates.format(SvgChart.LEFT))
                .append("\" y=\"")
                .append(Coordinates.format(y))
                .append("\" width=\"")
                .append(Coordinates.format(SvgChart.PLOT_WIDTH))
                .append("\" height=\"")
                .append(Coordinates.format(Math.max(0, height)))
                .append("\"/></clipPath>");
    }

    private void deepestPointNote(StringBuilder out) {
        double x = axis.x(equity.timestampNanos(deepestPoint));
        double y = drawdownAxis.y(drawdown[deepestPoint]);
        boolean labelLeft = x > SvgChart.LEFT + SvgChart.PLOT_WIDTH * 0.7;
        String label = "Max drawdown " + DisplayFormat.percent(drawdown[deepestPoint]) + " · "
                + DisplayFormat.dateTime(equity.timestampNanos(deepestPoint), withSeconds)
                        .substring(0, 10);
        out.append("<g class=\"dd-note\"><circle cx=\"")
                .append(Coordinates.format(x))
                .append("\" cy=\"")
                .append(Coordinates.format(y))
                .append("\" r=\"3.5\"/><text x=\"")
                .append(Coordinates.format(labelLeft ? x - 10 : x + 10))
                .append("\" y=\"")
                .append(Coordinates.format(Math.max(SvgChart.TOP + 12, y - 9)))
                .append("\" text-anchor=\"")
                .append(labelLeft ? "end" : "start")
                .append("\">")
                .append(label)
                .append("</text></g>\n");
    }

    private void detailedMarkers(StringBuilder out) {
        List<RoundTrip> trades = result.trades();
        out.append("<g class=\"trades\">\n");
        for (int n = 0; n < trades.size(); n++) {
            RoundTrip trade = trades.get(n);
            double entryX = axis.x(trade.entryTimeNanos());
            double entryY = priceAxis.y(trade.entryPrice().toDouble());
            double exitX = axis.x(trade.exitTimeNanos());
            double exitY = priceAxis.y(trade.exitPrice().toDouble());
            out.append("<g class=\"trade ")
                    .append(trade.isWin() ? "win" : "loss")
                    .append("\" data-trade=\"")
                    .append(n + 1)
                    .append("\"><title>");
            Html.appendEscaped(out, TradeTable.summary(n + 1, trade, withSeconds));
            out.append("</title><path class=\"m-link\" d=\"");
            out.append(new Coordinates.Path()
                            .to(entryX, entryY)
                            .to(exitX, exitY)
                            .data())
                    .append("\"/><path class=\"m-entry\" d=\"");
            Markers.appendUp(out, entryX, entryY);
            out.append("\"/><path class=\"m-exit\" d=\"");
            Markers.appendDown(out, exitX, exitY);
            out.append("\"/></g>\n");
        }
        out.append("</g>\n");
    }

    /**
     * All markers as two paths (entries, exits), smaller than the detailed ones, with at most one
     * marker per cell of {@link #MERGE_CELL} units: markers closer than that overlap completely at this
     * size, so the page only carries the ones that can be seen.
     */
    private void mergedMarkers(StringBuilder out) {
        StringBuilder entries = new StringBuilder();
        StringBuilder exits = new StringBuilder();
        Set<Long> entryCells = new HashSet<>();
        Set<Long> exitCells = new HashSet<>();
        for (RoundTrip trade : result.trades()) {
            double entryX = axis.x(trade.entryTimeNanos());
            double entryY = priceAxis.y(trade.entryPrice().toDouble());
            if (entryCells.add(cell(entryX, entryY))) {
                Markers.appendUp(entries, entryX, entryY, MERGED_MARKER_SCALE);
            }
            double exitX = axis.x(trade.exitTimeNanos());
            double exitY = priceAxis.y(trade.exitPrice().toDouble());
            if (exitCells.add(cell(exitX, exitY))) {
                Markers.appendDown(exits, exitX, exitY, MERGED_MARKER_SCALE);
            }
        }
        out.append("<g class=\"trades merged\"><path class=\"m-entry\" d=\"")
                .append(entries)
                .append("\"/><path class=\"m-exit\" d=\"")
                .append(exits)
                .append("\"/></g>\n");
    }

    private static long cell(double x, double y) {
        return Math.round(x / MERGE_CELL) * 100_000L + Math.round(y / MERGE_CELL);
    }

    private static void axisJson(StringBuilder json, String name, ValueAxis axis) {
        json.append('"')
                .append(name)
                .append("\":[")
                .append(Coordinates.format(axis.top()))
                .append(',')
                .append(Coordinates.format(axis.height()))
                .append(',')
                .append(DisplayFormat.plain(axis.minimum(), 10))
                .append(',')
                .append(DisplayFormat.plain(axis.maximum(), 10))
                .append(']');
    }
}
