package io.alphapulse.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The array-based book against a {@link TreeMap} per side as the reference. */
class OrderBookPropertiesTest {

    private static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");

    record Update(OrderSide side, long priceRaw, long sizeRaw) {}

    @Property(tries = 300)
    void randomDeltas_matchATreeMapReference(@ForAll("updates") List<Update> updates) {
        OrderBook book = new OrderBook(BTC, 2, 3);
        book.applySnapshot(OrderBookSnapshot.empty(BTC, 0, 0));
        TreeMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
        TreeMap<Long, Long> asks = new TreeMap<>();
        long sequence = 0;
        for (Update update : updates) {
            sequence++;
            book.applyDelta(new OrderBookDelta(
                    BTC,
                    update.side(),
                    new Price(update.priceRaw(), 2),
                    new Quantity(update.sizeRaw(), 3),
                    sequence,
                    sequence));
            TreeMap<Long, Long> reference = update.side() == OrderSide.BUY ? bids : asks;
            if (update.sizeRaw() == 0) {
                reference.remove(update.priceRaw());
            } else {
                reference.put(update.priceRaw(), update.sizeRaw());
            }
            assertSameTop(book, bids, asks);
        }
        assertThat(levels(book, OrderSide.BUY)).isEqualTo(new ArrayList<>(bids.entrySet()));
        assertThat(levels(book, OrderSide.SELL)).isEqualTo(new ArrayList<>(asks.entrySet()));
        assertThat(book.depth(OrderSide.BUY, 5)).hasSize(Math.min(5, bids.size()));
    }

    @Property(tries = 100)
    void snapshotOfTheBook_rebuildsAnIdenticalBook(@ForAll("updates") List<Update> updates) {
        OrderBook book = new OrderBook(BTC, 2, 3);
        book.applySnapshot(OrderBookSnapshot.empty(BTC, 0, 0));
        for (Update update : updates) {
            book.applyDelta(new OrderBookDelta(
                    BTC, update.side(), new Price(update.priceRaw(), 2), new Quantity(update.sizeRaw(), 3), 1, 1));
        }
        OrderBook copy = new OrderBook(BTC, 2, 3);
        copy.applySnapshot(book.snapshot());
        assertThat(levels(copy, OrderSide.BUY)).isEqualTo(levels(book, OrderSide.BUY));
        assertThat(levels(copy, OrderSide.SELL)).isEqualTo(levels(book, OrderSide.SELL));
    }

    private static void assertSameTop(OrderBook book, TreeMap<Long, Long> bids, TreeMap<Long, Long> asks) {
        assertThat(book.levelCount(OrderSide.BUY)).isEqualTo(bids.size());
        assertThat(book.levelCount(OrderSide.SELL)).isEqualTo(asks.size());
        assertThat(book.hasBids()).isEqualTo(!bids.isEmpty());
        if (!bids.isEmpty()) {
            assertThat(book.bestBidRaw()).isEqualTo(bids.firstKey());
            assertThat(book.bestBidSizeRaw()).isEqualTo(bids.firstEntry().getValue());
        }
        if (!asks.isEmpty()) {
            assertThat(book.bestAskRaw()).isEqualTo(asks.firstKey());
            assertThat(book.bestAskSizeRaw()).isEqualTo(asks.firstEntry().getValue());
        }
        if (!bids.isEmpty() && !asks.isEmpty()) {
            assertThat(book.isCrossed()).isEqualTo(bids.firstKey() >= asks.firstKey());
        }
    }

    private static List<Map.Entry<Long, Long>> levels(OrderBook book, OrderSide side) {
        List<Map.Entry<Long, Long>> levels = new ArrayList<>();
        for (int depth = 0; depth < book.levelCount(side); depth++) {
            levels.add(Map.entry(book.levelPriceRaw(side, depth), book.levelSizeRaw(side, depth)));
        }
        return levels;
    }

    /**
     * Prices from a narrow band so that updates hit existing levels often; a third of updates remove.
     * Bids and asks overlap in price, so crossed states are exercised too.
     */
    @Provide
    Arbitrary<List<Update>> updates() {
        Arbitrary<OrderSide> sides = Arbitraries.of(OrderSide.class);
        Arbitrary<Long> prices = Arbitraries.longs().between(9_900, 10_100);
        Arbitrary<Long> sizes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(1, 1_000_000)));
        return Combinators.combine(sides, prices, sizes)
                .as(Update::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(400);
    }
}
