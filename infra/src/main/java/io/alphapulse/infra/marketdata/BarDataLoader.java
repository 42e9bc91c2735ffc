package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The one way to get bars for a backtest or an import: give it a data spec and it returns the
 * {@link io.alphapulse.engine.data.BarSeries} in a {@link LoadedBars} that also says what the load
 * cost and whether the cache served it.
 *
 * <p>Data specs:
 *
 * <ul>
 *   <li>a path, {@code bars.csv} or {@code /data/btc.csv} (or {@code file:bars.csv}): a CSV in the
 *       format of ARCHITECTURE.md §5, read through a binary cache {@code bars.csv.apcache} next to it
 *       (see {@link CacheStatus});
 *   <li>{@code sample:NAME}: data shipped with AlphaPulse, see {@link SampleData};
 *   <li>{@code db:SYMBOL:TIMEFRAME} or {@code db:VENUE:SYMBOL:TIMEFRAME}: bars in the store, see
 *       {@link StoreBarSpec}; the only source that a {@link TimeRange} can cut. The store is the one
 *       given to {@link #withStore}, else the one the {@code ALPHAPULSE_DB_*} environment names.
 * </ul>
 *
 * Anything else before a colon is refused by name, so new kinds of source can claim their prefix
 * later without changing what existing specs mean.
 *
 * <p>Scales: pass the instrument's price scale to get prices on its grid (a value with more decimals
 * is an error), or leave a scale empty to take the data's own (the most decimals any value has).
 *
 * <p>Every problem with the input is a {@link MarketDataException} whose one-line message names the
 * file and line; a command line prints it and exits with 2. Instances are immutable and thread-safe,
 * but two loads of the same file at once may both write its cache (the last move wins).
 *
 * <pre>{@code
 * LoadedBars loaded = BarDataLoader.withCache()
 *         .load("bars.csv", InstrumentId.parse("sim:BTC-USDT"), Timeframe.ONE_MINUTE);
 * BarSeries series = loaded.series();
 * }</pre>
 *
 */
public final class BarDataLoader {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]+");
    private static final String FILE_PREFIX = "file:";

    private final boolean cacheEnabled;
    private final DatabaseSettings storeSettings;

    private BarDataLoader(boolean cacheEnabled, DatabaseSettings storeSettings) {
        this.cacheEnabled = cacheEnabled;
        this.storeSettings = storeSettings;
    }

    /** A loader that reads and writes the binary cache next to CSV files: the normal choice. */
    public static BarDataLoader withCache() {
        return new BarDataLoader(true, null);
    }

    /** A loader that always parses and never writes a file, e.g. for read-only or one-off runs. */
    public static BarDataLoader withoutCache() {
        return new BarDataLoader(false, null);
    }

    /** This loader, reading {@code db:} specs from the store at {@code settings}. */
    public BarDataLoader withStore(DatabaseSettings settings) {
        return new BarDataLoader(cacheEnabled, Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Loads {@code dataSpec} as bars of {@code instrumentId} and {@code timeframe}.
     *
     * @param priceScale decimals of the prices, 0..9, or empty for the data's own
     * @param sizeScale decimals of the volumes, 0..9, or empty for the data's own
     * @throws MarketDataException if the source is missing, unknown or holds invalid data
     * @throws IllegalArgumentException if a scale is outside 0..9
     */
    public LoadedBars load(
            String dataSpec,
            InstrumentId instrumentId,
            Timeframe timeframe,
            OptionalInt priceScale,
            OptionalInt sizeScale) {
        return load(dataSpec, instrumentId, timeframe, priceScale, sizeScale, TimeRange.ALL);
    }

    /**
     * Loads the bars of {@code dataSpec} that open within {@code range}; see {@link
     * #load(String, InstrumentId, Timeframe, OptionalInt, OptionalInt)}.
     *
     * @throws MarketDataException also if {@code range} is not {@link TimeRange#ALL} and the spec
     *     is not a {@code db:} spec, or if the store has no bars in the range
     * @throws IllegalStateException if the store cannot be reached or read
     */
    public LoadedBars load(
            String dataSpec,
            InstrumentId instrumentId,
            Timeframe timeframe,
            OptionalInt priceScale,
            OptionalInt sizeScale,
            TimeRange range) {
        long started = System.nanoTime();
        BarRequest request = new BarRequest(instrumentId, timeframe, priceScale, sizeScale);
        BarSource.Loaded loaded =
                sourceOf(dataSpec, cacheEnabled, storeSettings, range).load(request);
        return new LoadedBars(
                loaded.series(),
                dataSpec,
                Duration.ofNanos(System.nanoTime() - started),
                loaded.cacheStatus(),
                loaded.cacheDetail());
    }

    /** Loads with both scales taken from the data. */
    public LoadedBars load(String dataSpec, InstrumentId instrumentId, Timeframe timeframe) {
        return load(dataSpec, instrumentId, timeframe, OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * Loads with prices at the instrument's price scale (its tick's decimals) and volumes at the
     * data's own scale: bar volumes are often finer than the order lot.
     */
    public LoadedBars load(String dataSpec, Instrument instrument, Timeframe timeframe) {
        return load(dataSpec, instrument.id(), timeframe, OptionalInt.of(instrument.priceScale()), OptionalInt.empty());
    }

    static BarSource sourceOf(String dataSpec, boolean cacheEnabled) {
        return sourceOf(dataSpec, cacheEnabled, null, TimeRange.ALL);
    }

    static BarSource sourceOf(String dataSpec, boolean cacheEnabled, DatabaseSettings storeSettings, TimeRange range) {
        if (dataSpec == null || dataSpec.isBlank()) {
            throw new MarketDataException("no data source given: use a CSV file path, sample:NAME or db:SYMBOL:TF");
        }
        if (StoreBarSpec.matches(dataSpec)) {
            DatabaseSettings settings =
                    storeSettings != null ? storeSettings : DatabaseSettings.fromEnvironment(environment());
            return new StoreSource(StoreBarSpec.parse(dataSpec), settings, range);
        }
        if (!range.isAll()) {
            throw new MarketDataException("a time range (" + range + ") selects stored bars only: use --data"
                    + " db:SYMBOL:TIMEFRAME, not '" + dataSpec + "'");
        }
        if (dataSpec.startsWith(SampleData.PREFIX)) {
            return new SampleSource(SampleData.named(dataSpec.substring(SampleData.PREFIX.length())));
        }
        if (dataSpec.startsWith(FILE_PREFIX)) {
            String path = dataSpec.substring(FILE_PREFIX.length());
            return new CsvFileSource(path, toPath(path), cacheEnabled);
        }
        Path path = toPath(dataSpec);
        int colon = dataSpec.indexOf(':');
        // Two letters at least, so a Windows drive (C:\data\bars.csv) is a path, not a scheme.
        if (colon > 1 && SCHEME.matcher(dataSpec.substring(0, colon)).matches() && !Files.exists(path)) {
            throw new MarketDataException("unknown data source '" + dataSpec
                    + "': use a CSV file path, file:PATH, db:SYMBOL:TIMEFRAME or sample:NAME ("
                    + String.join(", ", SampleData.names()) + ")");
        }
        return new CsvFileSource(dataSpec, path, cacheEnabled);
    }

    private static Map<String, String> environment() {
        return System.getenv();
    }

    private static Path toPath(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new MarketDataException("not a valid file path: " + text);
        }
    }
}
