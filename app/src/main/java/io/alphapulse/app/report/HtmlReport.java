package io.alphapulse.app.report;

import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.app.io.OutputPathException;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.data.BarSeries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a backtest as one self-contained HTML page ({@code --report}, ARCHITECTURE.md §5): header
 * with the run's strategy, instrument, period and parameters; key figures; equity, drawdown and price
 * charts (inline SVG, trades marked on the price); every metric; and the trade list. The page needs
 * no network at all (no fonts, scripts, styles or images from elsewhere) so it can be mailed,
 * archived or opened offline years later.
 *
 * <p>Charts are reduced to the screen's resolution, so a two-million-bar run still gives a page of a
 * few megabytes, written in about a second. The same result and bars always give the same bytes:
 * numbers are formatted independently of locale and time zone (times are UTC) and nothing about the
 * moment of writing goes into the page.
 */
public final class HtmlReport {

    private HtmlReport() {}

    /**
     * Renders the report and puts it at {@code target}, replacing any file there. The page is first
     * written in full to a temporary file next to the target and then moved into place, so a failure
     * leaves either the previous file or nothing, never half a report.
     *
     * @param result what the backtest produced
     * @param bars the bars it ran on, for the price chart
     * @param target the HTML file to write; its directory must exist
     * @throws OutputPathException with a one-line message naming {@code target} when the file cannot
     *     be written
     */
    public static void write(BacktestResult result, BarSeries bars, Path target) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(target, "target");
        byte[] page = ReportPage.render(result, bars).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(target.toAbsolutePath().normalize(), "report", out -> out.write(page));
    }

    /** The report as a string, as {@link #write} would write it. */
    static String render(BacktestResult result, BarSeries bars) {
        return ReportPage.render(result, bars);
    }
}
