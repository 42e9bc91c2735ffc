package io.alphapulse.app.cli;

import io.alphapulse.app.backtest.InstrumentResolver;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.marketdata.BarDataLoader;
import io.alphapulse.infra.marketdata.MarketDataException;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.bars.InstrumentRepository;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./alphapulse data}: bars in the store (ARCHITECTURE.md §5). The store is the one the {@code
 * ALPHAPULSE_DB_*} environment names (§8), SQLite at {@code ./data/alphapulse.db} by default.
 */
@Command(
        name = "data",
        description = "Manage market data in the store (ALPHAPULSE_DB_URL, default jdbc:sqlite:./data/alphapulse.db).")
public final class DataCommand implements Callable<Integer> {

    /** Imports of at least this many bars show a progress bar. */
    private static final int PROGRESS_THRESHOLD = 100_000;

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    /** The command on the process environment. */
    public DataCommand() {
        this(System.getenv());
    }

    /** The command on {@code environment}, so tests can point it at their own store. */
    DataCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_USAGE;
    }

    /**
     * Parses a bar CSV and upserts it in one transaction: importing the same file twice leaves one
     * copy, and a failure leaves nothing of the file behind. Registers the instrument (derived from
     * the symbol and the data's precision) when the store does not know it yet.
     */
    @Command(
            name = "import",
            description = {
                "Import a bar CSV (timestamp,open,high,low,close,volume) into the store.",
                "Bars already stored with the same open time are replaced; all or nothing is written."
            })
    int importBars(
            @Option(names = "--file", required = true, paramLabel = "FILE", description = "the CSV") Path file,
            @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "e.g. BTC-USDT")
                    String symbol,
            @Option(names = "--timeframe", required = true, paramLabel = "TF", description = "e.g. 1m, 1h, 1d")
                    String timeframe,
            @Option(names = "--venue", defaultValue = "sim", paramLabel = "VENUE", description = "default: sim")
                    String venue,
            @Option(names = "--no-progress", description = "never show a progress bar") boolean noProgress) {
        long started = System.nanoTime();
        InstrumentId instrumentId;
        Timeframe frame;
        BarSeries series;
        try {
            instrumentId = new InstrumentId(symbol, venue);
            frame = Timeframe.parse(timeframe);
            // "file:" so that a name that looks like another kind of spec is still read as a file.
            series = BarDataLoader.withoutCache()
                    .load("file:" + file, instrumentId, frame)
                    .series();
        } catch (MarketDataException | IllegalArgumentException bad) {
            throw new UsageException(bad.getMessage(), bad);
        }
        if (series.isEmpty()) {
            throw new UsageException(file + " holds no bars");
        }
        DatabaseSettings settings = DbCommand.settings(environment);
        try (Database database = DbCommand.openMigrated(settings)) {
            InstrumentRepository instruments = new InstrumentRepository(database);
            if (instruments.find(instrumentId).isEmpty()) {
                instruments.upsert(InstrumentResolver.forSeries(series));
            }
            try (Progress progress =
                    Progress.start(series.size(), !noProgress && series.size() >= PROGRESS_THRESHOLD)) {
                BarRepository.on(database).upsert(series, progress);
            }
        } catch (IllegalArgumentException refused) {
            throw new UsageException(refused.getMessage(), refused);
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "import into " + settings.url() + " failed, nothing was written: " + failure.getMessage(), failure);
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        PrintStream out = System.out;
        out.printf(
                "imported %,d bars of %s %s into %s in %,d ms (%,d bars/s)%n",
                series.size(), symbol, frame, settings.url(), millis, series.size() * 1000L / millis);
        return ExitCodes.SUCCESS;
    }

    /** A progress bar on stderr counting stored bars, or nothing. */
    private static final class Progress implements LongConsumer, AutoCloseable {
        private final ProgressBar bar;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(long total, boolean visible) {
            if (!visible) {
                return new Progress(null);
            }
            return new Progress(new ProgressBarBuilder()
                    .setTaskName("import")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build());
        }

        @Override
        public void accept(long rows) {
            if (bar != null) {
                bar.stepTo(rows);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
