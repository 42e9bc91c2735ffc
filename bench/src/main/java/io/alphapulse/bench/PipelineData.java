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
 * The same one-minute bars for AlphaPulse and ta4j, and one backtest of {@code sma-cross} (10, 30)
 * with 10 bps fees and next-open fills on each.
 */
final class PipelineData {

    private static final InstrumentId ID = new InstrumentId("BTC-USDT", "sim");

    private final BarSeries bars;
    private final org.ta4j.core.BarSeries ta4jSeries;
    private final StrategyParameters parameters;
    private final BacktestSettings settings;
    private final BacktestEngine engine;

    PipelineData(int count, boolean withTa4j) {
        SyntheticBars synthetic = SyntheticBars.generate(count, 2024);
        BarSeries.Builder builder = BarSeries.builder(ID, Timeframe.ONE_MINUTE, 2, 4, count);
        ta4jSeries = withTa4j
                ? new BaseBarSeriesBuilder()
                        .withName("synthetic-1m")
                        .withNumFactory(DoubleNumFactory.getInstance())
                        .build()
                : null;
        for (int i = 0; i < count; i++) {
            builder.add(
                    synthetic.openTimeMillis[i] * 1_000_000L,
                    Math.round(synthetic.open[i] * 100),
                    Math.round(synthetic.high[i] * 100),
                    Math.round(synthetic.low[i] * 100),
                    Math.round(synthetic.close[i] * 100),
                    Math.round(synthetic.volume[i] * 10_000));
            if (withTa4j) {
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
        }
        bars = builder.build();
        StrategyCatalog catalog = StrategyCatalog.builtIn();
        parameters = catalog.parameters("sma-cross", Map.of("fast", "10", "slow", "30"));
        Instrument instrument = Instrument.of(ID, Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");
        settings = new BacktestSettings(
                instrument, Money.of("10000", Currency.USDT), BigDecimal.TEN, BigDecimal.ZERO, null);
        engine = new BacktestEngine(catalog);
    }

    /** The whole AlphaPulse pipeline: kernel, strategy, risk, simulated venue, exact portfolio, metrics. */
    BacktestResult runAlphaPulse() {
        return engine.run(bars, parameters, settings, ProgressListener.NONE, 0);
    }

    /** ta4j's BarSeriesManager: DoubleNum, same rules, next-open trades, linear 0.1% cost. */
    TradingRecord runTa4j() {
        ClosePriceIndicator close = new ClosePriceIndicator(ta4jSeries);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        BaseStrategy strategy =
                new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow));
        return new BarSeriesManager(
                        ta4jSeries,
                        new LinearTransactionCostModel(0.001),
                        new ZeroCostModel(),
                        new TradeOnNextOpenModel())
                .run(strategy);
    }
}
