package io.alphapulse.engine.data;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * The live L2 book of one instrument, kept from an {@link OrderBookSnapshot} and the {@link
 * OrderBookDelta}s that follow it. Mutable and <b>not thread-safe</b>: it belongs to the kernel
 * thread. Other threads get an immutable {@link #snapshot()}.
 *
 * <p>Reading the best level is O(1) and the {@code ...Raw} accessors allocate nothing, so
 * strategies and the simulated venue can query it on every event. {@link #levelPriceRaw} and
 * {@link #levelSizeRaw} walk the book level by level, best first, also without allocating.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Start</b>: a new book is uninitialized; deltas are refused ({@link IllegalStateException})
 *       until a snapshot has been applied. A book built from deltas only starts from {@link
 *       OrderBookSnapshot#empty}.
 *   <li><b>Sequence</b>: a delta with the book's current sequence (another delta of the same venue
 *       message) or the next one is applied; right after a snapshot such a delta is already part of
 *       it, and re-applying an absolute update changes nothing. An older one is stale, e.g. buffered before the
 *       snapshot it is already part of: it is ignored and {@link #applyDelta} returns {@code false}.
 *       A newer one means messages were lost: {@link OrderBookSequenceGapException}, book unchanged.
 *       A snapshot always replaces the whole book and its sequence.
 *   <li><b>Crossing</b>: the book mirrors the venue and does not uncross itself. Within one venue
 *       message the sides are updated one delta at a time, so a transient cross is normal; dropping
 *       levels on our own would invent state the venue never sent. {@link #isCrossed()} tells
 *       consumers; a book that stays crossed signals a broken feed and calls for a new snapshot.
 *   <li><b>Empty sides</b>: best-level accessors throw {@link IllegalStateException} on an empty
 *       side; check {@link #hasBids()} / {@link #hasAsks()} first.
 *   <li><b>Validation</b>: data for another instrument, or with a price or size scale other than the
 *       book's, is refused with {@link IllegalArgumentException}, book unchanged.
 * </ul>
 */
public final class OrderBook {

    /** The sequence of a book that has not received a snapshot yet. */
    public static final long NO_SEQUENCE = -1;

    private final InstrumentId instrumentId;
    private final int priceScale;
    private final int sizeScale;
    private final BookSide bids = new BookSide(true);
    private final BookSide asks = new BookSide(false);
    private long sequence = NO_SEQUENCE;
    private long timestampNanos;

    /** An empty, uninitialized book for prices and sizes of the given scales. */
    public OrderBook(InstrumentId instrumentId, int priceScale, int sizeScale) {
        if (instrumentId == null) {
            throw new IllegalArgumentException("order book needs an instrument id");
        }
        // Building a value checks the scale range and gives the usual message.
        Price.zero(priceScale);
        Quantity.zero(sizeScale);
        this.instrumentId = instrumentId;
        this.priceScale = priceScale;
        this.sizeScale = sizeScale;
    }

    /** An empty, uninitialized book with the instrument's tick and lot scales. */
    public OrderBook(Instrument instrument) {
        this(instrument.id(), instrument.priceScale(), instrument.sizeScale());
    }

    /**
     * Replaces the whole book with {@code snapshot}, including its sequence and timestamp.
     *
     * @throws IllegalArgumentException for another instrument or other scales; book unchanged
     */
    public void applySnapshot(OrderBookSnapshot snapshot) {
        requireInstrument(snapshot.instrumentId(), "snapshot " + snapshot.sequence());
        long[][] bidLevels = toArrays(snapshot.bids(), snapshot.sequence());
        long[][] askLevels = toArrays(snapshot.asks(), snapshot.sequence());
        bids.load(bidLevels[0], bidLevels[1], snapshot.bids().size());
        asks.load(askLevels[0], askLevels[1], snapshot.asks().size());
        sequence = snapshot.sequence();
        timestampNanos = snapshot.timestampNanos();
    }

    /**
     * Applies one level update (see the class rules).
     *
     * @return {@code true} if applied, {@code false} if ignored as stale
     * @throws IllegalArgumentException for another instrument or other scales
     * @throws IllegalStateException if no snapshot has been applied yet
     * @throws OrderBookSequenceGapException if the delta skips venue messages
     */
    public boolean applyDelta(OrderBookDelta delta) {
        requireInstrument(delta.instrumentId(), "delta " + delta.sequence());
        if (delta.price().scale() != priceScale || delta.size().scale() != sizeScale) {
            throw new IllegalArgumentException("delta " + delta.sequence() + " (" + delta.size() + " @ "
                    + delta.price() + ") does not have the " + instrumentId + " book's price scale " + priceScale
                    + " and size scale " + sizeScale);
        }
        if (sequence == NO_SEQUENCE) {
            throw new IllegalStateException("the " + instrumentId + " book has no snapshot yet, cannot apply delta "
                    + delta.sequence() + "; apply a snapshot (OrderBookSnapshot.empty for a fresh book) first");
        }
        long received = delta.sequence();
        if (received < sequence) {
            return false;
        }
        if (received > sequence + 1) {
            throw new OrderBookSequenceGapException(instrumentId, sequence, received);
        }
        side(delta.side()).set(delta.price().raw(), delta.size().raw());
        sequence = received;
        timestampNanos = delta.timestampNanos();
        return true;
    }

    public InstrumentId instrumentId() {
        return instrumentId;
    }

    public int priceScale() {
        return priceScale;
    }

    public int sizeScale() {
        return sizeScale;
    }

    /** Whether a snapshot has been applied. */
    public boolean isInitialized() {
        return sequence != NO_SEQUENCE;
    }

    /** The sequence of the last applied snapshot or delta; {@link #NO_SEQUENCE} before any. */
    public long sequence() {
        return sequence;
    }

    /** The timestamp of the last applied snapshot or delta; 0 before any. */
    public long timestampNanos() {
        return timestampNanos;
    }

    public boolean hasBids() {
        return !bids.isEmpty();
    }

    public boolean hasAsks() {
        return !asks.isEmpty();
    }

    /** Number of price levels on {@code side} ({@code BUY} = bids). */
    public int levelCount(OrderSide side) {
        return side(side).count();
    }

    public long bestBidRaw() {
        return nonEmpty(bids, "bid").priceAt(0);
    }

    public long bestAskRaw() {
        return nonEmpty(asks, "ask").priceAt(0);
    }

    public long bestBidSizeRaw() {
        return nonEmpty(bids, "bid").sizeAt(0);
    }

    public long bestAskSizeRaw() {
        return nonEmpty(asks, "ask").sizeAt(0);
    }

    public Price bestBidPrice() {
        return new Price(bestBidRaw(), priceScale);
    }

    public Price bestAskPrice() {
        return new Price(bestAskRaw(), priceScale);
    }

    public Quantity bestBidSize() {
        return new Quantity(bestBidSizeRaw(), sizeScale);
    }

    public Quantity bestAskSize() {
        return new Quantity(bestAskSizeRaw(), sizeScale);
    }

    /** {@code bestAsk - bestBid} as a raw long at the price scale; negative when crossed. */
    public long spreadRaw() {
        return Math.subtractExact(bestAskRaw(), bestBidRaw());
    }

    public Price spread() {
        return new Price(spreadRaw(), priceScale);
    }

    /** The exact mid of best bid and ask, one decimal finer than the book (see {@link Price#midpoint}). */
    public Price midPrice() {
        return Price.midpoint(bestBidPrice(), bestAskPrice());
    }

    /** Whether both sides are non-empty and {@code bestBid >= bestAsk}. */
    public boolean isCrossed() {
        return !bids.isEmpty() && !asks.isEmpty() && bids.priceAt(0) >= asks.priceAt(0);
    }

    /** Price of the level {@code depth} steps from the best on {@code side} (0 = best). */
    public long levelPriceRaw(OrderSide side, int depth) {
        return side(side).priceAt(depth);
    }

    /** Size of the level {@code depth} steps from the best on {@code side} (0 = best). */
    public long levelSizeRaw(OrderSide side, int depth) {
        return side(side).sizeAt(depth);
    }

    /** The size resting at {@code priceRaw} on {@code side}; 0 when there is no such level. */
    public long sizeAtRaw(OrderSide side, long priceRaw) {
        return side(side).sizeAtPrice(priceRaw);
    }

    /** The best {@code n} levels of {@code side}, best first, as an immutable list. */
    public List<BookLevel> depth(OrderSide side, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("depth must not be negative, was " + n);
        }
        BookSide bookSide = side(side);
        int levels = Math.min(n, bookSide.count());
        List<BookLevel> result = new ArrayList<>(levels);
        for (int depth = 0; depth < levels; depth++) {
            result.add(new BookLevel(
                    new Price(bookSide.priceAt(depth), priceScale), new Quantity(bookSide.sizeAt(depth), sizeScale)));
        }
        return List.copyOf(result);
    }

    /**
     * The whole book as an immutable snapshot with its sequence and timestamp.
     *
     * @throws IllegalStateException before the first snapshot
     */
    public OrderBookSnapshot snapshot() {
        return snapshot(Integer.MAX_VALUE);
    }

    /** The best {@code levels} of each side as an immutable snapshot. */
    public OrderBookSnapshot snapshot(int levels) {
        if (sequence == NO_SEQUENCE) {
            throw new IllegalStateException("the " + instrumentId + " book has no snapshot yet");
        }
        return new OrderBookSnapshot(
                instrumentId, depth(OrderSide.BUY, levels), depth(OrderSide.SELL, levels), sequence, timestampNanos);
    }

    @Override
    public String toString() {
        String top = (hasBids() ? bestBidSize() + " @ " + bestBidPrice() : "-") + " | "
                + (hasAsks() ? bestAskSize() + " @ " + bestAskPrice() : "-");
        return "OrderBook[" + instrumentId + " seq " + sequence + ", " + levelCount(OrderSide.BUY) + " bids, "
                + levelCount(OrderSide.SELL) + " asks, top " + top + "]";
    }

    private BookSide side(OrderSide side) {
        return switch (side) {
            case BUY -> bids;
            case SELL -> asks;
        };
    }

    private BookSide nonEmpty(BookSide side, String name) {
        if (side.isEmpty()) {
            throw new IllegalStateException("the " + instrumentId + " book has no " + name + "s");
        }
        return side;
    }

    private void requireInstrument(InstrumentId other, String what) {
        if (!instrumentId.equals(other)) {
            throw new IllegalArgumentException(
                    what + " for " + other + " does not belong to the " + instrumentId + " book");
        }
    }

    private long[][] toArrays(List<BookLevel> levels, long snapshotSequence) {
        long[] prices = new long[levels.size()];
        long[] sizes = new long[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            BookLevel level = levels.get(i);
            if (level.price().scale() != priceScale || level.size().scale() != sizeScale) {
                throw new IllegalArgumentException("snapshot " + snapshotSequence + " level " + level.size() + " @ "
                        + level.price() + " does not have the " + instrumentId + " book's price scale " + priceScale
                        + " and size scale " + sizeScale);
            }
            prices[i] = level.price().raw();
            sizes[i] = level.size().raw();
        }
        return new long[][] {prices, sizes};
    }
}
