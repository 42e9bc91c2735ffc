package io.alphapulse.bench;

import io.alphapulse.engine.backtest.BacktestEngine;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.BacktestSettings;
import io.alphapulse.engine.backtest.ProgressListener;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The whole backtest pipeline on 2,000,000 one-minute bars held in memory, {@code sma-cross} (10, 30),
 * 10 bps fees, fills at the next bar's open. AlphaPulse runs bars → indicators → strategy → risk →
 * simulated venue → exact portfolio → equity and metrics; ta4j's {@code BarSeriesManager} (DoubleNum,
 * same rules, {@code TradeOnNextOpenModel}, linear 0.1% cost) runs the same strategy on the same data
 * and records trades, but simulates no orders and keeps no exact accounting. Score: ns per bar, so
 * bars (events) per second = 1e9 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class BacktestPipelineBenchmark {

    static final int BARS = 2_000_000;
    private static final InstrumentId ID = new InstrumentId("BTC-USDT", "sim");

    private BarSeries bars;
    private StrategyParameters parameters;
    private BacktestSettings settings;
    private BacktestEngine engine;
    private org.ta4j.core.BarSeries ta4jSeries;

    @Setup(Level.Trial)
    public void loadData() {
        SyntheticBars synthetic = SyntheticBars.generate(BARS, 2024);
        BarSeries.Builder builder = BarSeries.builder(ID, Timeframe.ONE_MINUTE, 2, 4, BARS);
        ta4jSeries = new BaseBarSeriesBuilder()
                .withName("synthetic-1m")
                .withNumFactory(DoubleNumFactory.getInstance())
                .build();
        for (int i = 0; i < BARS; i++) {
            builder.add(
                    synthetic.openTimeMillis[i] * 1_000_000L,
                    Math.round(synthetic.open[i] * 100),
                    Math.round(synthetic.high[i] * 100),
                    Math.round(synthetic.low[i] * 100),
                    Math.round(synthetic.close[i] * 100),
                    Math.round(synthetic.volume[i] * 10_000));
            ta4jSeries
                    .barBuilder()
                    .timePeriod(Duration.ofMinutes(1))
                    .endTime(Instant.ofEpochMilli(synthetic.openTimeMillis[i] + 60_000))
                    .openPrice(synthetic.open[i])
                    .highPrice(synthetic.high[i])
                    .lowPrice(synthetic.low[i])
                    .closePrice(synthetic.close[i])
                    .volume(synthetic.volume[i])
                    .add();
        }
        bars = builder.build();
        StrategyCatalog catalog = StrategyCatalog.builtIn();
        parameters = catalog.parameters("sma-cross", Map.of("fast", "10", "slow", "30"));
        Instrument instrument = Instrument.of(ID, Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");
        settings = new BacktestSettings(
                instrument, Money.of("10000", Currency.USDT), BigDecimal.TEN, BigDecimal.ZERO, null);
        engine = new BacktestEngine(catalog);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public BacktestResult alphapulse() {
        return engine.run(bars, parameters, settings, ProgressListener.NONE, 0);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public TradingRecord ta4jBarSeriesManager() {
        ClosePriceIndicator close = new ClosePriceIndicator(ta4jSeries);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        BaseStrategy strategy =
                new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow));
        BarSeriesManager manager = new BarSeriesManager(
                ta4jSeries, new LinearTransactionCostModel(0.001), new ZeroCostModel(), new TradeOnNextOpenModel());
        return manager.run(strategy);
    }
}
