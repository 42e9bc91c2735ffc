package io.alphapulse.app.cli;

import io.alphapulse.app.backtest.BacktestJson;
import io.alphapulse.app.backtest.InstrumentResolver;
import io.alphapulse.app.backtest.SummaryTable;
import io.alphapulse.app.backtest.SweepJson;
import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.app.report.HtmlReport;
import io.alphapulse.engine.backtest.BacktestEngine;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.BacktestSettings;
import io.alphapulse.engine.backtest.ProgressListener;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.strategy.InvalidParameterException;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.marketdata.BarDataLoader;
import io.alphapulse.infra.marketdata.LoadedBars;
import io.alphapulse.infra.marketdata.MarketDataException;
import io.alphapulse.infra.marketdata.SampleData;
import io.alphapulse.infra.marketdata.StoreBarSpec;
import io.alphapulse.infra.marketdata.TimeRange;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./alphapulse backtest}: ARCHITECTURE.md §5. */
@Command(
        name = "backtest",
        description = {
            "Run a strategy over historical bars with the live trading engine on a simulated clock.",
            "Data: a CSV file (timestamp,open,high,low,close,volume) or a bundled sample: "
                    + "sample:btc-1m, sample:aapl-1d; or bars in the store: db:SYMBOL:TF or db:VENUE:SYMBOL:TF,"
                    + " cut with --from/--to.",
            "A --param given as a range (fast=5..50:5) runs a parameter sweep on all cores."
        },
        sortOptions = false)
public final class BacktestCommand implements Callable<Integer> {

    /** The venue backtests trade on. */
    private static final String VENUE = "sim";

    /** Runs with at least this many bars show a progress bar. */
    private static final int PROGRESS_THRESHOLD = 200_000;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "FILE|sample:NAME|db:SYMBOL:TF",
            description = "bars to replay")
    String data;

    @Option(
            names = "--from",
            paramLabel = "TIME",
            description = "with db: data, the first bar's open time: ISO-8601 UTC or epoch ms (default: the first)")
    String from;

    @Option(
            names = "--to",
            paramLabel = "TIME",
            description =
                    "with db: data, stop before this open time: ISO-8601 UTC or epoch ms (default: after the last)")
    String to;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "instrument, e.g. BTC-USDT (samples have one)")
    String symbol;

    @Option(names = "--timeframe", paramLabel = "TF", description = "bar timeframe, e.g. 1m, 1h, 1d (default: 1m)")
    String timeframe;

    @Option(
            names = "--strategy",
            required = true,
            paramLabel = "NAME",
            description = "sma-cross, rsi-reversion or ensemble")
    String strategy;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "strategy parameter; a range sweeps")
    List<String> parameters = new ArrayList<>();

    @Option(
            names = "--cash",
            defaultValue = "10000",
            description = "starting cash in the quote currency (default: ${DEFAULT-VALUE})")
    BigDecimal cash;

    @Option(
            names = "--fee-bps",
            defaultValue = "10",
            description = "fee per fill, basis points (default: ${DEFAULT-VALUE})")
    BigDecimal feeBps;

    @Option(
            names = "--slippage-bps",
            defaultValue = "0",
            description = "slippage on market fills, basis points (default: ${DEFAULT-VALUE})")
    BigDecimal slippageBps;

    @Option(
            names = "--participation",
            paramLabel = "FRACTION",
            description = "cap each fill at this fraction of the bar's volume (partial fills); default: no cap")
    BigDecimal participation;

    @Option(names = "--json", paramLabel = "FILE", description = "write the result as JSON")
    Path json;

    @Option(names = "--report", paramLabel = "FILE", description = "write a self-contained HTML report")
    Path report;

    @Option(
            names = "--rank-by",
            defaultValue = "sharpe",
            paramLabel = "METRIC",
            description = "sweep ranking: sharpe, sortino, totalReturn, cagr, calmar, profitFactor, winRate, "
                    + "expectancy, maxDrawdown (default: ${DEFAULT-VALUE})")
    String rankBy;

    @Option(names = "--threads", paramLabel = "N", description = "sweep threads (default: all cores)")
    Integer threads;

    @Option(names = "--no-progress", description = "never show a progress bar")
    boolean noProgress;

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();

    /** Where {@code db:} data is read from: the {@code ALPHAPULSE_DB_*} variables of this map. */
    private final Map<String, String> environment;

    /** The command on the process environment. */
    public BacktestCommand() {
        this(System.getenv());
    }

    /** The command on {@code environment}, so tests can point {@code db:} data at their own store. */
    BacktestCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        RankingMetric ranking = RankingMetric.parse(rankBy);
        ParameterSweep sweep = ParameterSweep.parse(parameters);
        catalog.factory(strategyName());
        checkOutputs();
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1, was " + threads);
        }

        LoadedBars loaded = load();
        BarSeries bars = loaded.series();
        Instrument instrument = InstrumentResolver.forSeries(bars);
        BacktestSettings settings = settings(instrument);
        BacktestEngine engine = new BacktestEngine(catalog);

        if (!sweep.isSweep()) {
            StrategyParameters resolved = resolve(sweep.combinations().get(0));
            BacktestResult result;
            try (Progress progress = Progress.start("backtest", bars.size(), showProgress(bars.size()))) {
                result = engine.run(
                        bars, resolved, settings, progress, loaded.elapsed().toMillis());
            }
            SummaryTable.print(result, out);
            writeOutputs(result, resolved, bars, out);
            return ExitCodes.SUCCESS;
        }
        return runSweep(sweep, ranking, engine, bars, settings, loaded.elapsed().toMillis(), out);
    }

    private int runSweep(
            ParameterSweep sweep,
            RankingMetric ranking,
            BacktestEngine engine,
            BarSeries bars,
            BacktestSettings settings,
            long loadMillis,
            PrintStream out)
            throws InterruptedException {
        List<Map<String, String>> combinations = sweep.combinations();
        List<StrategyParameters> valid = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map<String, String> combination : combinations) {
            try {
                StrategyParameters resolved = catalog.parameters(strategyName(), combination);
                catalog.create(resolved);
                valid.add(resolved);
            } catch (InvalidParameterException invalid) {
                skipped.add(invalid.getMessage());
            }
        }
        if (valid.isEmpty()) {
            throw new UsageException("no valid parameter combination; for example " + skipped.get(0));
        }
        int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<BacktestResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(poolSize, valid.size()));
        try (Progress progress = Progress.start("sweep", valid.size(), !noProgress && valid.size() > 1)) {
            List<Future<BacktestResult>> futures = new ArrayList<>();
            AtomicLong done = new AtomicLong();
            for (StrategyParameters resolved : valid) {
                futures.add(pool.submit(() -> {
                    BacktestResult result = engine.run(bars, resolved, settings, ProgressListener.NONE, loadMillis);
                    progress.progress(done.incrementAndGet(), valid.size());
                    return result;
                }));
            }
            for (Future<BacktestResult> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException failure) {
            throw failure.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        } finally {
            pool.shutdownNow();
        }
        List<BacktestResult> ranked = new ArrayList<>(results);
        ranked.sort(ranking.bestFirst());
        out.printf(
                "%s on %s %s: %,d bars, %d runs%s%n",
                strategyName(),
                bars.instrumentId().symbol(),
                bars.timeframe(),
                bars.size(),
                results.size(),
                skipped.isEmpty() ? "" : " (" + skipped.size() + " combinations skipped: " + skipped.get(0) + ")");
        SummaryTable.printRanking(ranked, sweep.sweptNames(), ranking.label(), out);
        if (json != null) {
            SweepJson.write(ranked, skipped, ranking.label(), BacktestJson.kinds(valid.get(0)), json);
            out.println("wrote " + json);
        }
        if (report != null) {
            HtmlReport.write(ranked.get(0), bars, report);
            out.println("wrote " + report + " (best run)");
        }
        return ExitCodes.SUCCESS;
    }

    private void writeOutputs(BacktestResult result, StrategyParameters resolved, BarSeries bars, PrintStream out) {
        if (json != null) {
            BacktestJson.write(result, BacktestJson.kinds(resolved), json);
            out.println("wrote " + json);
        }
        if (report != null) {
            HtmlReport.write(result, bars, report);
            out.println("wrote " + report);
        }
    }

    /**
     * Loads the bars. A sample knows its symbol and timeframe; a file needs {@code --symbol}, and its
     * timeframe defaults to 1m; both trade on the simulated venue. A {@code db:} spec names its
     * market itself (venue {@code sim} unless it says otherwise) and alone may be cut with {@code
     * --from}/{@code --to}.
     */
    private LoadedBars load() {
        try {
            InstrumentId instrumentId;
            Timeframe frame;
            BarDataLoader loader = BarDataLoader.withCache();
            if (StoreBarSpec.matches(data)) {
                StoreBarSpec stored = StoreBarSpec.parse(data);
                loader = loader.withStore(DatabaseSettings.fromEnvironment(environment));
                instrumentId = stored.instrumentId();
                frame = stored.timeframe();
            } else if (data.startsWith(SampleData.PREFIX)) {
                SampleData sample = SampleData.named(data.substring(SampleData.PREFIX.length()));
                instrumentId = new InstrumentId(
                        symbol != null ? symbol : sample.instrumentId().symbol(), VENUE);
                frame = timeframe != null ? Timeframe.parse(timeframe) : sample.timeframe();
            } else {
                if (symbol == null) {
                    throw new UsageException("--symbol is required with a data file, e.g. --symbol BTC-USDT");
                }
                instrumentId = new InstrumentId(symbol, VENUE);
                frame = timeframe != null ? Timeframe.parse(timeframe) : Timeframe.ONE_MINUTE;
            }
            TimeRange range = new TimeRange(time("--from", from), time("--to", to));
            return loader.load(data, instrumentId, frame, OptionalInt.empty(), OptionalInt.empty(), range);
        } catch (MarketDataException | IllegalArgumentException bad) {
            throw new UsageException(bad.getMessage(), bad);
        }
    }

    /** An option's time, ISO-8601 UTC or epoch milliseconds, or {@code null} when not given. */
    private static Instant time(String option, String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        try {
            return value.matches("-?\\d+") ? Instant.ofEpochMilli(Long.parseLong(value)) : Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException bad) {
            throw new UsageException(
                    option + " must be ISO-8601 UTC (2024-01-01T00:00:00Z) or epoch milliseconds, was '" + text + "'");
        }
    }

    private BacktestSettings settings(Instrument instrument) {
        try {
            Money initialCash = Money.of(cash, instrument.quoteCurrency());
            return new BacktestSettings(instrument, initialCash, feeBps, slippageBps, participation);
        } catch (IllegalArgumentException | ArithmeticException bad) {
            throw new UsageException(bad.getMessage(), bad);
        }
    }

    private StrategyParameters resolve(Map<String, String> given) {
        StrategyParameters resolved = catalog.parameters(strategyName(), given);
        catalog.create(resolved);
        return resolved;
    }

    /** Refuses an unwritable output before the run, not after it (the handler exits 2). */
    private void checkOutputs() {
        if (json != null) {
            AtomicFile.checkWritable(json, "JSON");
        }
        if (report != null) {
            AtomicFile.checkWritable(report, "report");
        }
    }

    private String strategyName() {
        return strategy.strip();
    }

    private boolean showProgress(int bars) {
        return !noProgress && bars >= PROGRESS_THRESHOLD;
    }

    /** A progress bar on stderr, or nothing. */
    private static final class Progress implements ProgressListener, AutoCloseable {
        private final ProgressBar bar;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(String task, long total, boolean visible) {
            if (!visible) {
                return new Progress(null);
            }
            return new Progress(new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build());
        }

        @Override
        public void progress(long done, long total) {
            if (bar != null) {
                bar.stepTo(done);
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
