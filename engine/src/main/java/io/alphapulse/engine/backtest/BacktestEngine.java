package io.alphapulse.engine.backtest;

import io.alphapulse.engine.clock.SimulatedClock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.execution.FixedBpsSlippage;
import io.alphapulse.engine.execution.MakerTakerFeeModel;
import io.alphapulse.engine.execution.NoFillLimit;
import io.alphapulse.engine.execution.SimulatedVenue;
import io.alphapulse.engine.execution.VolumeParticipation;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.risk.RiskEngine;
import io.alphapulse.engine.risk.TradingState;
import io.alphapulse.engine.strategy.Strategy;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import io.alphapulse.engine.trading.PortfolioComponent;
import io.alphapulse.engine.trading.StrategyHost;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs a strategy over recorded bars with the same kernel, strategy host, risk engine, simulated venue
 * and portfolio that trade live, on a {@link SimulatedClock}. Components are registered in the order
 * that gives ARCHITECTURE.md §5 its meaning for every bar:
 *
 * <ol>
 *   <li>the venue fills orders waiting from earlier bars at this bar's open (or where their limit or
 *       stop is reached) and the portfolio books each fill at once;
 *   <li>the portfolio marks positions to the bar's close; equity is recorded;
 *   <li>the strategy reads the closed bar and may signal; its orders wait for the next bar.
 * </ol>
 *
 * After the last bar every order still working is cancelled; a position still open is marked to the
 * last close, not closed. One run is single-threaded and deterministic; separate runs share nothing
 * but the immutable bars, so sweeps run them in parallel.
 */
public final class BacktestEngine {

    private final StrategyCatalog catalog;
    private final LongSupplier nanoTime;

    /** An engine timing runs with {@link System#nanoTime()}. */
    public BacktestEngine(StrategyCatalog catalog) {
        this(catalog, System::nanoTime);
    }

    /** An engine timing runs with {@code nanoTime}; a fixed source makes the result byte-for-byte stable. */
    public BacktestEngine(StrategyCatalog catalog, LongSupplier nanoTime) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Runs {@code parameters.strategy()} over {@code bars}.
     *
     * @param loadMillis how long loading the bars took, reported in the result's run statistics
     * @throws IllegalArgumentException if the bars are empty or are not of the settings' instrument
     */
    public BacktestResult run(
            BarSeries bars,
            StrategyParameters parameters,
            BacktestSettings settings,
            ProgressListener progress,
            long loadMillis) {
        Instrument instrument = settings.instrument();
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("no bars to backtest");
        }
        if (!bars.instrumentId().equals(instrument.id())) {
            throw new IllegalArgumentException(
                    "bars are of " + bars.instrumentId() + ", the settings trade " + instrument.id());
        }
        Strategy strategy = catalog.create(parameters);
        long started = nanoTime.getAsLong();

        SimulatedClock clock = new SimulatedClock(bars.openTimeNanos(0));
        Kernel kernel = new Kernel(clock);
        Portfolio portfolio = new Portfolio(List.of(instrument), List.of(settings.initialCash()));
        SimulatedVenue venue = new SimulatedVenue(
                instrument.id().venue(),
                List.of(instrument),
                portfolio,
                MakerTakerFeeModel.flat(settings.feeBps()),
                new FixedBpsSlippage(settings.slippageBps()),
                settings.volumeParticipation() == null
                        ? new NoFillLimit()
                        : new VolumeParticipation(settings.volumeParticipation()));
        EquityRecorder recorder =
                new EquityRecorder(portfolio, instrument.id(), instrument.quoteCurrency(), bars.size(), progress);
        StrategyHost host = new StrategyHost(
                parameters.strategy(),
                strategy,
                instrument,
                portfolio,
                RiskEngine.defaultChain(),
                () -> TradingState.ACTIVE);
        kernel.register(venue);
        kernel.register(new PortfolioComponent(portfolio));
        kernel.register(recorder);
        kernel.register(host);

        kernel.start();
        kernel.replay(new BarIterator(bars));
        venue.cancelOpenOrders();
        kernel.stop();
        progress.progress(recorder.bars(), bars.size());

        EquityCurve equity = recorder.curve();
        PerformanceMetrics metrics = PerformanceAnalyzer.analyze(
                equity,
                settings.initialCash(),
                portfolio.roundTrips(),
                portfolio.fees(instrument.quoteCurrency()),
                recorder.barsWithPosition(),
                bars.timeframe());
        long wallMillis = (nanoTime.getAsLong() - started) / 1_000_000L;
        return new BacktestResult(
                parameters.strategy(),
                instrument.id(),
                bars.timeframe(),
                parameters.values(),
                bars.size(),
                metrics,
                portfolio.roundTrips(),
                equity,
                new BacktestResult.RunStatistics(kernel.processedCount(), wallMillis, loadMillis));
    }

    /** Builds each bar's record only when the kernel asks for it. */
    private static final class BarIterator implements Iterator<Bar> {
        private final BarSeries bars;
        private int next;

        BarIterator(BarSeries bars) {
            this.bars = bars;
        }

        @Override
        public boolean hasNext() {
            return next < bars.size();
        }

        @Override
        public Bar next() {
            if (next >= bars.size()) {
                throw new NoSuchElementException();
            }
            return bars.bar(next++);
        }
    }
}
