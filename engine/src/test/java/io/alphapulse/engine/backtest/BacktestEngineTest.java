package io.alphapulse.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.portfolio.RoundTrip;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A series small enough to check by hand, run through the whole pipeline (kernel, strategy host, risk,
 * simulated venue, portfolio, metrics) with the reference semantics of ARCHITECTURE.md §5.
 */
class BacktestEngineTest {

    private static final InstrumentId ID = new InstrumentId("BTC-USDT", "sim");
    private static final Instrument INSTRUMENT =
            Instrument.of(ID, Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");
    private static final long MINUTE = 60_000_000_000L;
    private static final long START = 1_700_000_000_000_000_000L;

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();
    private final BacktestEngine engine = new BacktestEngine(catalog, () -> 0L);

    /** Seven one-minute bars: flat at 10, a jump to 13 (cross up), a fall to 7 (cross down), then 8..9. */
    private static BarSeries handCheckableSeries() {
        BarSeries.Builder bars = BarSeries.builder(ID, Timeframe.ONE_MINUTE, 2, 0, 7);
        long[][] rows = { // open, high, low, close in cents
            {1000, 1000, 1000, 1000},
            {1000, 1000, 1000, 1000},
            {1000, 1000, 1000, 1000},
            {1000, 1300, 1000, 1300},
            {1200, 1300, 1200, 1300},
            {1300, 1300, 700, 700},
            {800, 900, 800, 900},
        };
        for (int i = 0; i < rows.length; i++) {
            bars.add(START + i * MINUTE, rows[i][0], rows[i][1], rows[i][2], rows[i][3], 1_000);
        }
        return bars.build();
    }

    private BacktestResult run(BarSeries bars, Map<String, String> parameters, String feeBps) {
        StrategyParameters resolved = catalog.parameters("sma-cross", parameters);
        BacktestSettings settings = new BacktestSettings(
                INSTRUMENT, Money.of("10000", Currency.USDT), new BigDecimal(feeBps), BigDecimal.ZERO, null);
        return engine.run(bars, resolved, settings, ProgressListener.NONE, 0);
    }

    @Test
    void smaCross_tradesAndEquity_matchTheHandComputation() {
        BacktestResult result = run(handCheckableSeries(), Map.of("fast", "2", "slow", "3"), "10");

        // Bar 3 closes with fast SMA(2) = 11.5 above slow SMA(3) = 11 after 10 <= 10: buy at bar 4's open, 12.
        //   quantity = floor_to_lot(10000 / (12 × 1.001)) = 832.50083250
        //   notional = 9990.00999000, fee = 0.1% = 9.99000999, cash left 0.00000001
        // Bar 5 closes with fast 10 below slow 11 after 13 >= 12: sell at bar 6's open, 8.
        //   notional = 6660.00666000, fee = 6.66000666, cash = 6653.34665335
        assertThat(result.trades()).singleElement().satisfies(trade -> {
            assertThat(trade.side()).isEqualTo(PositionSide.LONG);
            assertThat(trade.entryTimeNanos()).isEqualTo(START + 4 * MINUTE);
            assertThat(trade.exitTimeNanos()).isEqualTo(START + 6 * MINUTE);
            assertThat(trade.quantity().toBigDecimal()).isEqualByComparingTo("832.50083250");
            assertThat(trade.entryPrice().toBigDecimal()).isEqualByComparingTo("12");
            assertThat(trade.exitPrice().toBigDecimal()).isEqualByComparingTo("8");
            assertThat(trade.fees().toBigDecimal()).isEqualByComparingTo("16.65001665");
            assertThat(trade.pnl().toBigDecimal()).isEqualByComparingTo("-3346.65334665");
        });
        List<BigDecimal> equity = new ArrayList<>();
        for (int i = 0; i < result.equity().size(); i++) {
            equity.add(result.equity().equity(i).toBigDecimal());
        }
        // Equity at each close = cash + quantity × close.
        assertThat(equity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("10000"),
                        new BigDecimal("10000"),
                        new BigDecimal("10000"),
                        new BigDecimal("10000"),
                        new BigDecimal("10822.51082251"), // 0.00000001 + 832.50083250 × 13
                        new BigDecimal("5827.50582751"), // 0.00000001 + 832.50083250 × 7
                        new BigDecimal("6653.34665335"));

        PerformanceMetrics metrics = result.metrics();
        assertThat(metrics.finalEquity().toBigDecimal()).isEqualByComparingTo("6653.34665335");
        assertThat(metrics.totalReturn()).isCloseTo(-0.3346653346650, within(1e-12));
        assertThat(metrics.maxDrawdown()).isCloseTo((10822.51082251 - 5827.50582751) / 10822.51082251, within(1e-12));
        assertThat(metrics.trades()).isEqualTo(1);
        assertThat(metrics.winRate()).isZero();
        assertThat(metrics.profitFactor()).isZero();
        assertThat(metrics.feesPaid().toBigDecimal()).isEqualByComparingTo("16.65001665");
        assertThat(metrics.exposure()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(result.bars()).isEqualTo(7);
        assertThat(result.run().events()).isEqualTo(7);
    }

    @Test
    void positionOpenAtTheEnd_isMarkedToTheLastClose_notClosed() {
        // Only the first five bars: bought at 12 on bar 4, still held at its close of 13.
        BacktestResult result = run(handCheckableSeries().slice(0, 5), Map.of("fast", "2", "slow", "3"), "10");

        assertThat(result.trades()).isEmpty();
        assertThat(result.metrics().finalEquity().toBigDecimal()).isEqualByComparingTo("10822.51082251");
        assertThat(result.metrics().exposure()).isCloseTo(1.0 / 5, within(1e-12));
    }

    @Test
    void orderSignalledOnTheLastBar_isCancelled_andNeverFills() {
        // Bars 0..3: the buy signal comes at the last close; there is no next open to fill it.
        BacktestResult result = run(handCheckableSeries().slice(0, 4), Map.of("fast", "2", "slow", "3"), "10");

        assertThat(result.trades()).isEmpty();
        assertThat(result.metrics().finalEquity().toBigDecimal()).isEqualByComparingTo("10000");
        assertThat(result.metrics().feesPaid().toBigDecimal()).isEqualByComparingTo("0");
    }

    @Test
    void sameInput_givesTheSameResult() {
        BacktestResult first = run(handCheckableSeries(), Map.of("fast", "2", "slow", "3"), "10");
        BacktestResult second = run(handCheckableSeries(), Map.of("fast", "2", "slow", "3"), "10");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void barsOfAnotherInstrument_areRefused() {
        BarSeries other = BarSeries.builder(new InstrumentId("ETH-USDT", "sim"), Timeframe.ONE_MINUTE, 2, 0, 1)
                .add(START, 100, 100, 100, 100, 1)
                .build();

        assertThatThrownBy(() -> run(other, Map.of(), "10")).hasMessageContaining("ETH-USDT");
    }

    @Test
    void roundTripsAreNetOfFees_andWinsCountOnlyPositivePnl() {
        BacktestResult result = run(handCheckableSeries(), Map.of("fast", "2", "slow", "3"), "0");

        RoundTrip trade = result.trades().get(0);
        // Without fees: quantity = floor(10000 / 12) = 833.33333333, pnl = 833.33333333 × (8 − 12).
        assertThat(trade.quantity().toBigDecimal()).isEqualByComparingTo("833.33333333");
        assertThat(trade.pnl().toBigDecimal()).isEqualByComparingTo("-3333.33333332");
        assertThat(trade.isWin()).isFalse();
    }
}
