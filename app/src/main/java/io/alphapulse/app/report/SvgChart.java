package io.alphapulse.app.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Writes one inline SVG chart: frame, gridlines, tick labels, a legend and whatever series the caller
 * draws into the plot. Geometry is fixed in viewBox units (the page scales the SVG to its width), and
 * every chart shares the same left and right margins so their time axes line up for the crosshair.
 * Colours and line styles live in the page's stylesheet, keyed by the class names used here.
 */
final class SvgChart {

    static final double WIDTH = 1200;
    static final double LEFT = 76;
    static final double RIGHT = 16;
    static final double TOP = 34;
    static final double BOTTOM = 28;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;

    private final StringBuilder out;
    private final String name;
    private final double height;
    private final TimeAxis time;
    private final ValueAxis values;

    /**
     * Opens the {@code <svg>} element.
     *
     * @param out where the markup goes
     * @param name the chart's name, used for element ids and by the page script ({@code data-chart})
     * @param label what a screen reader announces
     * @param height the chart's total height in viewBox units
     */
    SvgChart(StringBuilder out, String name, String label, double height, TimeAxis time, ValueAxis values) {
        this.out = out;
        this.name = name;
        this.height = height;
        this.time = time;
        this.values = values;
        out.append("<svg class=\"chart\" data-chart=\"")
                .append(name)
                .append("\" viewBox=\"0 0 ")
                .append(plain(WIDTH))
                .append(' ')
                .append(plain(height))
                .append("\" role=\"img\" aria-label=\"");
        Html.appendEscaped(out, label);
        out.append("\">\n<defs><clipPath id=\"")
                .append(name)
                .append("-plot\"><rect x=\"")
                .append(plain(LEFT))
                .append("\" y=\"")
                .append(plain(TOP))
                .append("\" width=\"")
                .append(plain(PLOT_WIDTH))
                .append("\" height=\"")
                .append(plain(plotHeight(height)))
                .append("\"/></clipPath></defs>\n");
    }

    /** The plot's height for a chart of total height {@code height}. */
    static double plotHeight(double height) {
        return height - TOP - BOTTOM;
    }

    double plotBottom() {
        return height - BOTTOM;
    }

    /** Horizontal gridlines with value labels on the left, vertical ones with time labels below. */
    void grid(List<TimeAxis.Tick> timeTicks, DoubleFunction<String> valueLabel) {
        out.append("<g class=\"grid\">");
        for (double tick : values.ticks()) {
            double y = values.y(tick);
            out.append("<line x1=\"")
                    .append(plain(LEFT))
                    .append("\" x2=\"")
                    .append(plain(LEFT + PLOT_WIDTH))
                    .append("\" y1=\"")
                    .append(plain(y))
                    .append("\" y2=\"")
                    .append(plain(y))
                    .append("\"/>");
        }
        for (TimeAxis.Tick tick : timeTicks) {
            double x = time.x(tick.nanos());
            out.append("<line x1=\"")
                    .append(plain(x))
                    .append("\" x2=\"")
                    .append(plain(x))
                    .append("\" y1=\"")
                    .append(plain(TOP))
                    .append("\" y2=\"")
                    .append(plain(plotBottom()))
                    .append("\"/>");
        }
        out.append("</g>\n<g class=\"axis\"><line class=\"axis-line\" x1=\"")
                .append(plain(LEFT))
                .append("\" x2=\"")
                .append(plain(LEFT + PLOT_WIDTH))
                .append("\" y1=\"")
                .append(plain(plotBottom()))
                .append("\" y2=\"")
                .append(plain(plotBottom()))
                .append("\"/>");
        for (double tick : values.ticks()) {
            out.append("<text class=\"y-label\" x=\"")
                    .append(plain(LEFT - 8))
                    .append("\" y=\"")
                    .append(plain(values.y(tick) + 4))
                    .append("\">")
                    .append(valueLabel.apply(tick))
                    .append("</text>");
        }
        for (TimeAxis.Tick tick : timeTicks) {
            out.append("<text class=\"x-label\" x=\"")
                    .append(plain(time.x(tick.nanos())))
                    .append("\" y=\"")
                    .append(plain(plotBottom() + 18))
                    .append("\">")
                    .append(tick.label())
                    .append("</text>");
        }
        out.append("</g>\n");
    }

    /** Starts a group clipped to the plot, for series that must not spill over the axes. */
    void beginPlot() {
        out.append("<g clip-path=\"url(#").append(name).append("-plot)\">\n");
    }

    void endPlot() {
        out.append("</g>\n");
    }

    /** A path element with the given class and path data. */
    void path(String cssClass, CharSequence data) {
        if (data.isEmpty()) {
            return;
        }
        out.append("<path class=\"")
                .append(cssClass)
                .append("\" d=\"")
                .append(data)
                .append("\"/>\n");
    }

    /** A horizontal line across the plot at {@code value}. */
    void horizontalLine(String cssClass, double value) {
        double y = values.y(value);
        out.append("<line class=\"")
                .append(cssClass)
                .append("\" x1=\"")
                .append(plain(LEFT))
                .append("\" x2=\"")
                .append(plain(LEFT + PLOT_WIDTH))
                .append("\" y1=\"")
                .append(plain(y))
                .append("\" y2=\"")
                .append(plain(y))
                .append("\"/>\n");
    }

    /** A centred message in an empty plot. */
    void emptyMessage(String message) {
        out.append("<text class=\"empty\" x=\"")
                .append(plain(LEFT + PLOT_WIDTH / 2))
                .append("\" y=\"")
                .append(plain(TOP + plotHeight(height) / 2))
                .append("\">");
        Html.appendEscaped(out, message);
        out.append("</text>\n");
    }

    /** The legend, left to right in the top margin. */
    void legend(List<LegendEntry> entries) {
        double x = LEFT;
        double y = 16;
        out.append("<g class=\"legend\">");
        for (LegendEntry entry : entries) {
            switch (entry.swatch()) {
                case LINE, DASHED_LINE ->
                    out.append("<line class=\"")
                            .append(entry.cssClass())
                            .append("\" x1=\"")
                            .append(plain(x))
                            .append("\" x2=\"")
                            .append(plain(x + 18))
                            .append("\" y1=\"")
                            .append(plain(y))
                            .append("\" y2=\"")
                            .append(plain(y))
                            .append("\"/>");
                case AREA ->
                    out.append("<rect class=\"")
                            .append(entry.cssClass())
                            .append("\" x=\"")
                            .append(plain(x))
                            .append("\" y=\"")
                            .append(plain(y - 5))
                            .append("\" width=\"18\" height=\"10\" rx=\"2\"/>");
                case UP_TRIANGLE ->
                    out.append("<path class=\"")
                            .append(entry.cssClass())
                            .append("\" d=\"")
                            .append(Markers.up(x + 9, y - 5))
                            .append("\"/>");
                case DOWN_TRIANGLE ->
                    out.append("<path class=\"")
                            .append(entry.cssClass())
                            .append("\" d=\"")
                            .append(Markers.down(x + 9, y + 5))
                            .append("\"/>");
            }
            out.append("<text x=\"")
                    .append(plain(x + 24))
                    .append("\" y=\"")
                    .append(plain(y + 4))
                    .append("\">");
            Html.appendEscaped(out, entry.label());
            out.append("</text>");
            // Labels are short; about 6.6 units a character at the legend's 12-unit font leaves a calm gap.
            x += 24 + entry.label().length() * 6.6 + 22;
        }
        out.append("</g>\n");
    }

    /** The crosshair the page script moves, hidden until the pointer is over a chart, then closes the SVG. */
    void finish() {
        out.append("<g class=\"crosshair\"><line class=\"crosshair-line\" x1=\"0\" x2=\"0\" y1=\"")
                .append(plain(TOP))
                .append("\" y2=\"")
                .append(plain(plotBottom()))
                .append("\"/><circle class=\"crosshair-dot\" cx=\"0\" cy=\"0\" r=\"4\"/></g>\n</svg>\n");
    }

    /** One decimal, enough for coordinates on a 1200-unit canvas. */
    static String plain(double value) {
        return Coordinates.format(value);
    }

    /** How an entry in the legend is drawn. */
    enum Swatch {
        LINE,
        DASHED_LINE,
        AREA,
        UP_TRIANGLE,
        DOWN_TRIANGLE
    }

    /** One entry in a chart's legend. */
    record LegendEntry(String label, String cssClass, Swatch swatch) {}
}
