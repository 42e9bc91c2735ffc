package io.alphapulse.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

public class BarAggregatorTest {

    /** 2023-11-14T22:14:00Z, a whole minute. */
    public static final long T0 = 1_700_000_040L * 1_000_000_000L;

    public static final long SECOND = 1_000_000_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long ONE = 100_000_000L; // 1.0 at size scale 8
    public static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");
    public static final InstrumentId ETH = InstrumentId.parse("sim:ETH-USDT");

    private final BarAggregator aggregator = new BarAggregator(Timeframe.ONE_MINUTE);
    private int nextTradeId;

    /** A trade with the price at scale 2 and the size at scale 8. */
    private TradeTick trade(InstrumentId instrument, String price, String size, long timeNanos) {
        return trade(instrument, Price.of(price, 2), Quantity.of(size, 8), timeNanos);
    }

    private TradeTick trade(InstrumentId instrument, Price price, Quantity size, long timeNanos) {
        return new TradeTick(instrument, price, size, OrderSide.BUY, "t" + nextTradeId++, timeNanos);
    }

    /** A one-minute bar, prices at scale 2, volume at scale 8, closing at {@code openTime + 1m}. */
    public static Bar bar(
            InstrumentId instrument, long openTime, long open, long high, long low, long close, long volume) {
        return Bar.ofRaw(
                instrument, Timeframe.ONE_MINUTE, openTime, 2, open, high, low, close, 8, volume, openTime + MINUTE);
    }

    @Test
    void ohlcv_ofSeveralTrades_isHandComputed() {
        assertThat(aggregator.onTrade(trade(BTC, "100.50", "0.5", T0 + SECOND))).isEmpty();
        assertThat(aggregator.onTrade(trade(BTC, "101.25", "1.25", T0 + 10 * SECOND)))
                .isEmpty();
        assertThat(aggregator.onTrade(trade(BTC, "99.75", "0.1", T0 + 20 * SECOND)))
                .isEmpty();
        assertThat(aggregator.onTrade(trade(BTC, "100.00", "2", T0 + MINUTE - 1)))
                .isEmpty();

        List<Bar> closed = aggregator.closeUpTo(T0 + MINUTE);

        // open 100.50 (first), high 101.25, low 99.75, close 100.00 (last); volume 0.5 + 1.25 + 0.1 + 2 = 3.85
        assertThat(closed).containsExactly(bar(BTC, T0, 10050, 10125, 9975, 10000, 385_000_000L));
        Bar bar = closed.getFirst();
        assertThat(bar.openTimeNanos()).isEqualTo(T0);
        assertThat(bar.timestampNanos()).isEqualTo(T0 + MINUTE);
        assertThat(bar.open()).isEqualTo(Price.of("100.50", 2));
        assertThat(bar.close()).isEqualTo(Price.of("100.00", 2));
        assertThat(bar.volume()).isEqualTo(Quantity.of("3.85", 8));
        assertThat(aggregator.openInstruments()).isEmpty();
    }

    @Test
    void singleTrade_makesAFlatBar() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 30 * SECOND));

        assertThat(aggregator.closeUpTo(T0 + MINUTE)).containsExactly(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
    }

    @Test
    void tradeExactlyOnTheBoundary_opensTheNewBar_andClosesThePreviousOne() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 30 * SECOND));

        assertThat(aggregator.onTrade(trade(BTC, "105.00", "2", T0 + MINUTE)))
                .contains(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
        assertThat(aggregator.closeUpTo(T0 + 2 * MINUTE))
                .containsExactly(bar(BTC, T0 + MINUTE, 10500, 10500, 10500, 10500, 2 * ONE));
    }

    @Test
    void closeUpTo_beforeTheCloseTime_closesNothing_andTheBarKeepsGrowing() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 10 * SECOND));

        assertThat(aggregator.closeUpTo(T0 + MINUTE - 1)).isEmpty();
        aggregator.onTrade(trade(BTC, "101.00", "1", T0 + 50 * SECOND));

        assertThat(aggregator.closeUpTo(T0 + MINUTE))
                .containsExactly(bar(BTC, T0, 10000, 10100, 10000, 10100, 2 * ONE));
        assertThat(aggregator.closeUpTo(T0 + MINUTE)).isEmpty();
        assertThat(aggregator.lateTradeCount()).isZero();
    }

    @Test
    void minutesWithoutTrades_produceNoBar() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 5 * SECOND));
        assertThat(aggregator.closeUpTo(T0 + MINUTE)).hasSize(1);
        assertThat(aggregator.closeUpTo(T0 + 2 * MINUTE)).isEmpty();
        assertThat(aggregator.closeUpTo(T0 + 3 * MINUTE)).isEmpty();

        aggregator.onTrade(trade(BTC, "90.00", "1", T0 + 3 * MINUTE + SECOND));

        // the next bar opens at minute 3: a gap of two minutes, nothing invented in between
        assertThat(aggregator.closeUpTo(T0 + 4 * MINUTE))
                .containsExactly(bar(BTC, T0 + 3 * MINUTE, 9000, 9000, 9000, 9000, ONE));
    }

    @Test
    void tradeAfterAGap_closesTheOldBarWithItsOwnCloseTime() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 5 * SECOND));

        Bar closed = aggregator
                .onTrade(trade(BTC, "90.00", "1", T0 + 3 * MINUTE + SECOND))
                .orElseThrow();

        assertThat(closed.openTimeNanos()).isEqualTo(T0);
        assertThat(closed.timestampNanos()).isEqualTo(T0 + MINUTE);
    }

    @Test
    void closeUpTo_farAhead_closesBarsOfDifferentMinutes_inCloseTimeOrder() {
        aggregator.onTrade(trade(ETH, "20.00", "1", T0 + MINUTE + SECOND)); // minute 1
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + SECOND)); // minute 0, first traded after ETH

        assertThat(aggregator.closeUpTo(T0 + 10 * MINUTE))
                .containsExactly(
                        bar(BTC, T0, 10000, 10000, 10000, 10000, ONE),
                        bar(ETH, T0 + MINUTE, 2000, 2000, 2000, 2000, ONE));
    }

    @Test
    void severalInstruments_getTheirOwnBars_inFirstTradeOrder_eachAtItsOwnScale() {
        aggregator.onTrade(trade(ETH, Price.of("2000.125", 3), Quantity.of("1.5", 4), T0 + SECOND));
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 2 * SECOND));
        aggregator.onTrade(trade(ETH, Price.of("2001.000", 3), Quantity.of("0.5", 4), T0 + 3 * SECOND));
        aggregator.onTrade(trade(BTC, "99.00", "3", T0 + 4 * SECOND));

        assertThat(aggregator.openInstruments()).containsExactly(ETH, BTC);
        assertThat(aggregator.closeUpTo(T0 + MINUTE))
                .containsExactly(
                        Bar.ofRaw(
                                ETH,
                                Timeframe.ONE_MINUTE,
                                T0,
                                3,
                                2_000_125,
                                2_001_000,
                                2_000_125,
                                2_001_000,
                                4,
                                20_000,
                                T0 + MINUTE),
                        bar(BTC, T0, 10000, 10000, 9900, 9900, 4 * ONE));
    }

    @Test
    void tradeOfAnotherInstrument_doesNotCloseABar() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + SECOND));

        assertThat(aggregator.onTrade(trade(ETH, "20.00", "1", T0 + 2 * MINUTE)))
                .isEmpty();
        assertThat(aggregator.openInstruments()).containsExactly(BTC, ETH);
    }

    @Test
    void priceScaleMismatch_isRefused_namingBothScales_andLeavesTheBarIntact() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + SECOND));

        assertThatThrownBy(() ->
                        aggregator.onTrade(trade(BTC, Price.of("100.5", 3), Quantity.of("1", 8), T0 + 2 * SECOND)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:BTC-USDT")
                .hasMessageContaining("at scale 3")
                .hasMessageContaining("price scale 2");

        assertThat(aggregator.closeUpTo(T0 + MINUTE)).containsExactly(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
    }

    @Test
    void sizeScaleMismatch_isRefused_namingBothScales() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + SECOND));

        assertThatThrownBy(
                        () -> aggregator.onTrade(trade(BTC, Price.of("100", 2), Quantity.of("1", 6), T0 + 2 * SECOND)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at scale 6")
                .hasMessageContaining("size scale 8");
    }

    @Test
    void lateTrade_olderThanTheOpenBar_isDroppedAndCounted() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 10 * SECOND));
        Bar first = aggregator
                .onTrade(trade(BTC, "101.00", "1", T0 + MINUTE + SECOND))
                .orElseThrow();

        assertThat(aggregator.onTrade(trade(BTC, "500.00", "9", T0 + 30 * SECOND)))
                .isEmpty();

        assertThat(aggregator.lateTradeCount()).isEqualTo(1);
        assertThat(first).isEqualTo(bar(BTC, T0, 10000, 10000, 10000, 10000, ONE));
        assertThat(aggregator.closeUpTo(T0 + 2 * MINUTE))
                .containsExactly(bar(BTC, T0 + MINUTE, 10100, 10100, 10100, 10100, ONE));
    }

    @Test
    void lateTrade_inAnIntervalClosedByTime_isDroppedAndCounted_evenForANewInstrument() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 10 * SECOND));
        aggregator.closeUpTo(T0 + MINUTE);

        assertThat(aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 59 * SECOND)))
                .isEmpty();
        assertThat(aggregator.onTrade(trade(ETH, "20.00", "1", T0 + 59 * SECOND)))
                .isEmpty();

        assertThat(aggregator.lateTradeCount()).isEqualTo(2);
        assertThat(aggregator.openInstruments()).isEmpty();
        assertThat(aggregator.closeUpTo(T0 + 5 * MINUTE)).isEmpty();
    }

    @Test
    void outOfOrderTrade_withinTheOpenBar_isAccepted() {
        aggregator.onTrade(trade(BTC, "100.00", "1", T0 + 30 * SECOND));
        aggregator.onTrade(trade(BTC, "98.00", "1", T0 + 10 * SECOND));

        // arrival order decides open and close; the trade is in the open interval, so it counts
        assertThat(aggregator.closeUpTo(T0 + MINUTE)).containsExactly(bar(BTC, T0, 10000, 10000, 9800, 9800, 2 * ONE));
        assertThat(aggregator.lateTradeCount()).isZero();
    }

    @Test
    void volumeOverflow_throws_insteadOfWrapping() {
        long half = Long.MAX_VALUE / 2 + 1;
        aggregator.onTrade(trade(BTC, Price.of("1", 2), new Quantity(half, 0), T0 + SECOND));

        assertThatThrownBy(
                        () -> aggregator.onTrade(trade(BTC, Price.of("1", 2), new Quantity(half, 0), T0 + 2 * SECOND)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("sim:BTC-USDT");
    }

    @Test
    void longerTimeframes_alignToTheEpoch() {
        BarAggregator fiveMinutes = new BarAggregator(Timeframe.FIVE_MINUTES);
        long open = Timeframe.FIVE_MINUTES.openTimeOf(T0 + 7 * MINUTE);

        fiveMinutes.onTrade(trade(BTC, "100.00", "1", T0 + 7 * MINUTE));

        List<Bar> closed = fiveMinutes.closeUpTo(open + 5 * MINUTE);
        assertThat(closed).hasSize(1);
        assertThat(closed.getFirst().openTimeNanos()).isEqualTo(open);
        assertThat(closed.getFirst().timestampNanos()).isEqualTo(open + 5 * MINUTE);
        assertThat(closed.getFirst().timeframe()).isEqualTo(Timeframe.FIVE_MINUTES);
    }

    @Test
    void sameInput_givesTheSameBars_andMatchesAGroupByReference() {
        List<TradeTick> trades = randomTrades(new Random(42), 5_000);

        List<Bar> first = aggregateAll(trades);
        List<Bar> second = aggregateAll(trades);

        assertThat(first).isEqualTo(second);
        assertThat(first).containsExactlyInAnyOrderElementsOf(reference(trades));
    }

    /** Time-ordered trades of two instruments over about 100 minutes, with quiet minutes. */
    private List<TradeTick> randomTrades(Random random, int count) {
        List<TradeTick> trades = new ArrayList<>();
        long time = T0;
        for (int i = 0; i < count; i++) {
            time += random.nextInt(10) == 0 ? random.nextLong(3 * MINUTE) : random.nextLong(SECOND);
            InstrumentId instrument = random.nextBoolean() ? BTC : ETH;
            Price price = new Price(10_000 + random.nextInt(500), 2);
            Quantity size = new Quantity(1 + random.nextInt(1_000_000), 8);
            trades.add(trade(instrument, price, size, time));
        }
        return trades;
    }

    private static List<Bar> aggregateAll(List<TradeTick> trades) {
        BarAggregator aggregator = new BarAggregator(Timeframe.ONE_MINUTE);
        List<Bar> bars = new ArrayList<>();
        for (TradeTick trade : trades) {
            bars.addAll(aggregator.closeUpTo(trade.timestampNanos()));
            aggregator.onTrade(trade).ifPresent(bars::add);
        }
        bars.addAll(aggregator.closeUpTo(Long.MAX_VALUE));
        assertThat(aggregator.lateTradeCount()).isZero();
        return bars;
    }

    /** The obvious computation: group the trades by instrument and minute. */
    private static List<Bar> reference(List<TradeTick> trades) {
        Map<String, List<TradeTick>> groups = new TreeMap<>();
        for (TradeTick trade : trades) {
            long open = Timeframe.ONE_MINUTE.openTimeOf(trade.timestampNanos());
            groups.computeIfAbsent(trade.instrumentId() + "@" + open, key -> new ArrayList<>())
                    .add(trade);
        }
        List<Bar> bars = new ArrayList<>();
        for (List<TradeTick> group : groups.values()) {
            long high = Long.MIN_VALUE;
            long low = Long.MAX_VALUE;
            long volume = 0;
            for (TradeTick trade : group) {
                high = Math.max(high, trade.price().raw());
                low = Math.min(low, trade.price().raw());
                volume += trade.size().raw();
            }
            TradeTick first = group.getFirst();
            bars.add(bar(
                    first.instrumentId(),
                    Timeframe.ONE_MINUTE.openTimeOf(first.timestampNanos()),
                    first.price().raw(),
                    high,
                    low,
                    group.getLast().price().raw(),
                    volume));
        }
        return bars;
    }
}
