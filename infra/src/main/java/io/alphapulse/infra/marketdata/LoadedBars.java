package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import java.time.Duration;
import java.util.Objects;

/**
 * A loaded series and how the load went, for a command line's summary ({@code 2,000,000 bars in
 * 140 ms from cache}) and for tests that must know whether the cache was used.
 *
 * @param series the bars
 * @param source what was loaded, as the caller named it ({@code bars.csv}, {@code sample:btc-1m})
 * @param elapsed wall time of the load
 * @param cacheStatus what the binary cache did
 * @param cacheDetail a human-readable account of it, e.g. {@code cache is stale: the CSV changed}
 */
public record LoadedBars(
        BarSeries series, String source, Duration elapsed, CacheStatus cacheStatus, String cacheDetail) {

    public LoadedBars {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(cacheStatus, "cacheStatus");
        Objects.requireNonNull(cacheDetail, "cacheDetail");
    }

    public int rows() {
        return series.size();
    }

    /** Whether the bars came from the cache rather than from parsing the CSV. */
    public boolean cacheUsed() {
        return cacheStatus == CacheStatus.HIT;
    }
}
