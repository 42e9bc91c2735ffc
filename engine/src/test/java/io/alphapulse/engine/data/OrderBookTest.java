package io.alphapulse.engine.data;

import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    private static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");
    private static final InstrumentId ETH = InstrumentId.parse("sim:ETH-USDT");

    private OrderBook book;

    private static BookLevel level(String price, String size) {
        return new BookLevel(Price.of(price, 2), Quantity.of(size, 3));
    }

    private static OrderBookDelta delta(OrderSide side, String price, String size, long sequence) {
        return new OrderBookDelta(BTC, side, Price.of(price, 2), Quantity.of(size, 3), sequence, 1_000 + sequence);
    }

    @BeforeEach
    void setUp() {
        book = new OrderBook(BTC, 2, 3);
        book.applySnapshot(new OrderBookSnapshot(
                BTC,
                List.of(level("100.00", "1"), level("99.50", "2"), level("99.00", "3")),
                List.of(level("100.50", "1.5"), level("101.00", "2.5")),
                10,
                1_000));
    }

    @Test
    void snapshot_setsTopOfBookSequenceAndTime() {
        assertThat(book.isInitialized()).isTrue();
        assertThat(book.sequence()).isEqualTo(10);
        assertThat(book.timestampNanos()).isEqualTo(1_000);
        assertThat(book.bestBidPrice()).isEqualTo(Price.of("100.00", 2));
        assertThat(book.bestAskPrice()).isEqualTo(Price.of("100.50", 2));
        assertThat(book.bestBidSize()).isEqualTo(Quantity.of("1", 3));
        assertThat(book.bestAskSize()).isEqualTo(Quantity.of("1.5", 3));
        assertThat(book.bestBidRaw()).isEqualTo(10_000);
        assertThat(book.bestAskSizeRaw()).isEqualTo(1_500);
        assertThat(book.levelCount(BUY)).isEqualTo(3);
        assertThat(book.levelCount(SELL)).isEqualTo(2);
    }

    @Test
    void spreadAndMid() {
        assertThat(book.spreadRaw()).isEqualTo(50);
        assertThat(book.spread()).isEqualTo(Price.of("0.50", 2));
        assertThat(book.midPrice()).isEqualTo(Price.of("100.250", 3));
        assertThat(book.isCrossed()).isFalse();
    }

    @Test
    void applyDelta_newBestBid_becomesTheTop() {
        assertThat(book.applyDelta(delta(BUY, "100.25", "0.7", 11))).isTrue();
        assertThat(book.bestBidPrice()).isEqualTo(Price.of("100.25", 2));
        assertThat(book.bestBidSize()).isEqualTo(Quantity.of("0.7", 3));
        assertThat(book.levelCount(BUY)).isEqualTo(4);
        assertThat(book.sequence()).isEqualTo(11);
        assertThat(book.timestampNanos()).isEqualTo(1_011);
    }

    @Test
    void applyDelta_zeroSizeOnTheBest_removesIt() {
        book.applyDelta(delta(BUY, "100.00", "0", 11));
        assertThat(book.bestBidPrice()).isEqualTo(Price.of("99.50", 2));
        book.applyDelta(delta(SELL, "100.50", "0", 12));
        assertThat(book.bestAskPrice()).isEqualTo(Price.of("101.00", 2));
        assertThat(book.levelCount(SELL)).isEqualTo(1);
    }

    @Test
    void applyDelta_existingLevel_replacesItsSize() {
        book.applyDelta(delta(BUY, "99.50", "5", 11));
        assertThat(book.sizeAtRaw(BUY, 9_950)).isEqualTo(5_000);
        assertThat(book.levelCount(BUY)).isEqualTo(3);
    }

    @Test
    void applyDelta_removingAnAbsentLevel_isANoOp() {
        book.applyDelta(delta(BUY, "42.00", "0", 11));
        assertThat(book.levelCount(BUY)).isEqualTo(3);
        assertThat(book.sequence()).isEqualTo(11);
    }

    @Test
    void applyDelta_deepLevel_insertsInOrder() {
        book.applyDelta(delta(BUY, "99.75", "1", 11));
        book.applyDelta(delta(SELL, "100.75", "1", 11));
        assertThat(book.depth(BUY, 10))
                .extracting(bookLevel -> bookLevel.price().toString())
                .containsExactly("100.00", "99.75", "99.50", "99.00");
        assertThat(book.depth(SELL, 10))
                .extracting(bookLevel -> bookLevel.price().toString())
                .containsExactly("100.50", "100.75", "101.00");
    }

    @Test
    void depth_returnsAnImmutableTopN() {
        List<BookLevel> top = book.depth(BUY, 2);
        assertThat(top).containsExactly(level("100.00", "1"), level("99.50", "2"));
        assertThatThrownBy(() -> top.add(level("1", "1"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(book.depth(SELL, 0)).isEmpty();
        assertThatThrownBy(() -> book.depth(SELL, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelAccessors_walkFromTheBest() {
        assertThat(book.levelPriceRaw(BUY, 0)).isEqualTo(10_000);
        assertThat(book.levelPriceRaw(BUY, 2)).isEqualTo(9_900);
        assertThat(book.levelSizeRaw(SELL, 1)).isEqualTo(2_500);
        assertThatThrownBy(() -> book.levelPriceRaw(SELL, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void crossingDelta_isAppliedAndReported() {
        book.applyDelta(delta(BUY, "100.50", "1", 11));
        assertThat(book.isCrossed()).isTrue();
        assertThat(book.spreadRaw()).isZero();
        book.applyDelta(delta(BUY, "100.75", "1", 11));
        assertThat(book.spreadRaw()).isEqualTo(-25);
        // The venue's removal of the consumed ask, in the same message, uncrosses the book.
        book.applyDelta(delta(SELL, "100.50", "0", 11));
        book.applyDelta(delta(SELL, "101.00", "0", 11));
        assertThat(book.isCrossed()).isFalse();
        assertThat(book.hasAsks()).isFalse();
    }

    @Test
    void sameSequence_isAppliedAsPartOfTheSameMessage() {
        assertThat(book.applyDelta(delta(BUY, "99.00", "9", 10))).isTrue();
        assertThat(book.sizeAtRaw(BUY, 9_900)).isEqualTo(9_000);
    }

    @Test
    void staleDelta_isIgnored() {
        assertThat(book.applyDelta(delta(BUY, "100.00", "0", 9))).isFalse();
        assertThat(book.bestBidPrice()).isEqualTo(Price.of("100.00", 2));
        assertThat(book.sequence()).isEqualTo(10);
    }

    @Test
    void sequenceGap_throwsAndLeavesTheBookUnchanged() {
        assertThatThrownBy(() -> book.applyDelta(delta(BUY, "100.00", "0", 12)))
                .isInstanceOfSatisfying(OrderBookSequenceGapException.class, gap -> {
                    assertThat(gap.instrumentId()).isEqualTo(BTC);
                    assertThat(gap.lastSequence()).isEqualTo(10);
                    assertThat(gap.receivedSequence()).isEqualTo(12);
                })
                .hasMessageContaining("received 12");
        assertThat(book.bestBidPrice()).isEqualTo(Price.of("100.00", 2));
        assertThat(book.sequence()).isEqualTo(10);
    }

    @Test
    void newSnapshot_afterAGap_resyncs() {
        book.applySnapshot(new OrderBookSnapshot(BTC, List.of(level("98", "1")), List.of(), 20, 2_000));
        assertThat(book.bestBidPrice()).isEqualTo(Price.of("98.00", 2));
        assertThat(book.hasAsks()).isFalse();
        assertThat(book.levelCount(BUY)).isEqualTo(1);
        assertThat(book.applyDelta(delta(SELL, "99", "1", 21))).isTrue();
    }

    @Test
    void deltaForAnotherInstrument_isRefused() {
        OrderBookDelta eth = new OrderBookDelta(ETH, BUY, Price.of("1", 2), Quantity.of("1", 3), 11, 0);
        assertThatThrownBy(() -> book.applyDelta(eth))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:ETH-USDT")
                .hasMessageContaining("sim:BTC-USDT");
        assertThat(book.sequence()).isEqualTo(10);
    }

    @Test
    void deltaWithAnotherScale_isRefused() {
        OrderBookDelta wrongScale = new OrderBookDelta(BTC, BUY, Price.of("1", 3), Quantity.of("1", 3), 11, 0);
        assertThatThrownBy(() -> book.applyDelta(wrongScale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.000");
    }

    @Test
    void snapshotForAnotherInstrumentOrScale_isRefusedAndBookUnchanged() {
        assertThatThrownBy(() -> book.applySnapshot(OrderBookSnapshot.empty(ETH, 50, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        OrderBookSnapshot wrongScale = new OrderBookSnapshot(
                BTC, List.of(new BookLevel(Price.of("1", 1), Quantity.of("1", 3))), List.of(), 50, 0);
        assertThatThrownBy(() -> book.applySnapshot(wrongScale)).isInstanceOf(IllegalArgumentException.class);
        assertThat(book.sequence()).isEqualTo(10);
        assertThat(book.levelCount(BUY)).isEqualTo(3);
    }

    @Test
    void newBook_refusesDeltasUntilASnapshot() {
        OrderBook fresh = new OrderBook(BTC, 2, 3);
        assertThat(fresh.isInitialized()).isFalse();
        assertThat(fresh.sequence()).isEqualTo(OrderBook.NO_SEQUENCE);
        assertThatThrownBy(() -> fresh.applyDelta(delta(BUY, "1", "1", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no snapshot");
        assertThatThrownBy(fresh::snapshot).isInstanceOf(IllegalStateException.class);
        fresh.applySnapshot(OrderBookSnapshot.empty(BTC, 0, 0));
        assertThat(fresh.applyDelta(delta(BUY, "1", "1", 1))).isTrue();
    }

    @Test
    void emptySide_bestAccessorsThrow() {
        OrderBook empty = new OrderBook(BTC, 2, 3);
        empty.applySnapshot(OrderBookSnapshot.empty(BTC, 0, 0));
        assertThat(empty.hasBids()).isFalse();
        assertThat(empty.isCrossed()).isFalse();
        assertThatThrownBy(empty::bestBidRaw)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no bids");
        assertThatThrownBy(empty::bestAskPrice)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no asks");
        assertThatThrownBy(empty::spreadRaw).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(empty::midPrice).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void snapshot_roundTripsThroughAnotherBook() {
        book.applyDelta(delta(BUY, "99.75", "1", 11));
        OrderBookSnapshot published = book.snapshot();
        OrderBook copy = new OrderBook(BTC, 2, 3);
        copy.applySnapshot(published);
        assertThat(copy.snapshot()).isEqualTo(published);
        assertThat(published.sequence()).isEqualTo(11);
        assertThat(book.snapshot(1).bids()).containsExactly(level("100.00", "1"));
    }

    @Test
    void fromInstrument_takesItsScales() {
        Instrument instrument = Instrument.of(BTC, Currency.BTC, Currency.USDT, "0.01", "0.00001", "5");
        OrderBook fromInstrument = new OrderBook(instrument);
        assertThat(fromInstrument.priceScale()).isEqualTo(2);
        assertThat(fromInstrument.sizeScale()).isEqualTo(5);
        assertThat(fromInstrument.instrumentId()).isEqualTo(BTC);
    }

    @Test
    void manyLevels_growTheArrays() {
        for (int i = 1; i <= 500; i++) {
            book.applyDelta(delta(SELL, String.valueOf(101 + i), "1", 10));
        }
        assertThat(book.levelCount(SELL)).isEqualTo(502);
        assertThat(book.bestAskPrice()).isEqualTo(Price.of("100.50", 2));
        assertThat(book.levelPriceRaw(SELL, 501)).isEqualTo(60_100);
        assertThat(book)
                .hasToString("OrderBook[sim:BTC-USDT seq 10, 3 bids, 502 asks, top 1.000 @ 100.00 | 1.500 @ 100.50]");
    }
}
