package io.alphapulse.engine.trading;

import static io.alphapulse.engine.data.BarAggregatorTest.BTC;
import static io.alphapulse.engine.data.BarAggregatorTest.ETH;
import static io.alphapulse.engine.data.BarAggregatorTest.MINUTE;
import static io.alphapulse.engine.data.BarAggregatorTest.ONE;
import static io.alphapulse.engine.data.BarAggregatorTest.SECOND;
import static io.alphapulse.engine.data.BarAggregatorTest.T0;
import static io.alphapulse.engine.data.BarAggregatorTest.bar;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.clock.SimulatedClock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.BarAggregator;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BarAggregator} on a real {@link Kernel} and {@link SimulatedClock}: bars close on a timer at
 * the exact boundaries, arrive as messages of their own, in order, with their close time.
 */
class BarAggregatorComponentTest {

    /**
     * The kernel wiring of a {@link BarAggregator}: trades in, bars {@code send}t, a repeating timer at
     * every bar boundary. It lives here because the {@code data} package may depend only on {@code
     * model} (PackageDependenciesTest); it is meant to move to a package that may use the kernel.
     */
    /** Records every bar and trade it sees, with the clock's time when it saw it. */
    static final class Recorder implements Component {
        final List<Bar> bars = new ArrayList<>();
        final List<Long> barClockTimes = new ArrayList<>();
        final List<String> log = new ArrayList<>();

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public void onStart(Kernel kernel) {
            kernel.bus().subscribe(TradeTick.class, trade -> log.add("trade " + trade.tradeId()));
            kernel.bus().subscribe(Bar.class, bar -> {
                bars.add(bar);
                barClockTimes.add(kernel.clock().timestampNanos());
                log.add("bar " + bar.instrumentId().symbol() + " " + (bar.openTimeNanos() - T0) / MINUTE);
            });
        }
    }

    private final SimulatedClock clock = new SimulatedClock(T0 - 10 * SECOND);
    private final Kernel kernel = new Kernel(clock);
    private final BarAggregatorComponent component = new BarAggregatorComponent(Timeframe.ONE_MINUTE);
    private final Recorder recorder = new Recorder();
    private int nextTradeId;

    private TradeTick trade(InstrumentId instrument, String price, String size, long timeNanos) {
        return new TradeTick(
                instrument, Price.of(price, 2), Quantity.of(size, 8), OrderSide.SELL, "t" + nextTradeId++, timeNanos);
    }

    private void startKernel() {
        kernel.register(component);
        kernel.register(recorder);
        kernel.start();
    }

    @Test
    void timer_closesBarsAtTheirBoundaries_inOrder_withTheirCloseTimes() {
        startKernel();

        kernel.replay(List.of(
                        trade(BTC, "100.00", "1", T0 + SECOND),
                        trade(BTC, "102.00", "1", T0 + 30 * SECOND),
                        trade(ETH, "20.00", "2", T0 + 45 * SECOND),
                        // minute 1 is quiet for both
                        trade(BTC, "99.00", "1", T0 + 2 * MINUTE + 5 * SECOND))
                .iterator());
        kernel.advanceTo(T0 + 3 * MINUTE);

        assertThat(recorder.bars)
                .containsExactly(
                        bar(BTC, T0, 10000, 10200, 10000, 10200, 2 * ONE),
                        bar(ETH, T0, 2000, 2000, 2000, 2000, 2 * ONE),
                        bar(BTC, T0 + 2 * MINUTE, 9900, 9900, 9900, 9900, ONE));
        // each bar arrives when the clock reads exactly its close time, not when the next trade comes
        assertThat(recorder.barClockTimes).containsExactly(T0 + MINUTE, T0 + MINUTE, T0 + 3 * MINUTE);
    }

    @Test
    void quietMarket_stillClosesTheBarOnTime() {
        startKernel();

        kernel.replay(List.of(trade(BTC, "100.00", "1", T0 + 59 * SECOND)).iterator());
        kernel.advanceTo(T0 + 10 * MINUTE);

        assertThat(recorder.bars).containsExactly(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
        assertThat(recorder.barClockTimes).containsExactly(T0 + MINUTE);
    }

    @Test
    void timer_staysOnExactBoundaries_overManyIrregularSteps() {
        startKernel();
        List<TradeTick> trades = new ArrayList<>();
        long time = T0;
        for (int i = 0; i < 300; i++) {
            time += 7 * SECOND + 123_457; // not a divisor of a minute: steps straddle boundaries
            trades.add(trade(i % 3 == 0 ? ETH : BTC, "100.00", "1", time));
        }
        kernel.replay(trades.iterator());
        kernel.advanceTo(time + MINUTE);

        assertThat(recorder.bars).isNotEmpty();
        for (int i = 0; i < recorder.bars.size(); i++) {
            Bar bar = recorder.bars.get(i);
            assertThat(bar.openTimeNanos() % MINUTE).isZero();
            assertThat(bar.timestampNanos()).isEqualTo(bar.openTimeNanos() + MINUTE);
            assertThat(recorder.barClockTimes.get(i)).isEqualTo(bar.timestampNanos());
            if (i > 0) {
                assertThat(bar.timestampNanos())
                        .isGreaterThanOrEqualTo(recorder.bars.get(i - 1).timestampNanos());
            }
        }
        long volume = recorder.bars.stream().mapToLong(Bar::volumeRaw).sum();
        assertThat(volume).isEqualTo(300 * ONE);
        assertThat(clock.nextTimerTimeNanos() % MINUTE).isZero();
    }

    @Test
    void barClosedByATrade_isProcessedAfterThatTrade_asItsOwnMessage() {
        startKernel();

        // processed without moving the clock: the trade, not the timer, closes the first bar
        kernel.process(trade(BTC, "100.00", "1", T0 + SECOND));
        kernel.process(trade(BTC, "101.00", "1", T0 + MINUTE + SECOND));

        assertThat(recorder.log).containsExactly("trade t0", "trade t1", "bar BTC-USDT 0");
        assertThat(recorder.bars).containsExactly(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
    }

    @Test
    void lateTrade_afterTheTimerClosedItsBar_isDroppedAndCounted() {
        startKernel();
        kernel.replay(List.of(trade(BTC, "100.00", "1", T0 + SECOND)).iterator());
        kernel.advanceTo(T0 + MINUTE + SECOND);

        kernel.process(trade(BTC, "500.00", "1", T0 + 50 * SECOND));
        kernel.advanceTo(T0 + 5 * MINUTE);

        assertThat(component.aggregator().lateTradeCount()).isEqualTo(1);
        assertThat(recorder.bars).containsExactly(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
    }

    @Test
    void stop_cancelsTheTimer() {
        startKernel();
        assertThat(clock.hasTimer(component.name())).isTrue();

        kernel.stop();

        assertThat(clock.hasTimer(component.name())).isFalse();
    }

    @Test
    void sameTradesAndClock_giveTheSameBars() {
        assertThat(run()).isEqualTo(run());
    }

    private static List<Bar> run() {
        BarAggregatorComponentTest test = new BarAggregatorComponentTest();
        test.startKernel();
        List<TradeTick> trades = new ArrayList<>();
        long time = T0;
        for (int i = 0; i < 500; i++) {
            time += (i * 7_919L % 20) * SECOND;
            String price = (100 + i % 13) + ".0" + i % 10;
            trades.add(test.trade(i % 2 == 0 ? BTC : ETH, price, "0.00" + (1 + i % 9), time));
        }
        test.kernel.replay(trades.iterator());
        test.kernel.advanceTo(time + MINUTE);
        assertThat(test.recorder.bars).isNotEmpty();
        return test.recorder.bars;
    }
}
