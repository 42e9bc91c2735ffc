package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import java.util.List;

/**
 * A full L2 book at one moment, immutable: what a venue sends on (re)subscription and what {@link
 * OrderBook#snapshot()} publishes to other threads.
 *
 * <p>Levels are listed best first: bids strictly descending, asks strictly ascending in price. All
 * prices share one scale, all sizes share one scale. A crossed snapshot is accepted, for the same
 * reason {@link OrderBook} accepts crossing deltas; see there.
 *
 * @param instrumentId the instrument
 * @param bids bid levels, best (highest) first; copied
 * @param asks ask levels, best (lowest) first; copied
 * @param sequence the venue message number this snapshot reflects, {@code >= 0}
 * @param timestampNanos when the venue produced the snapshot, epoch nanoseconds UTC
 */
public record OrderBookSnapshot(
        InstrumentId instrumentId, List<BookLevel> bids, List<BookLevel> asks, long sequence, long timestampNanos)
        implements MarketData {

    public OrderBookSnapshot {
        if (instrumentId == null || bids == null || asks == null) {
            throw new IllegalArgumentException(
                    "book snapshot " + sequence + " of " + instrumentId + " needs bids and asks (empty lists allowed)");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException(
                    "book snapshot of " + instrumentId + " must have a sequence >= 0, was " + sequence);
        }
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
        BookLevel reference = !bids.isEmpty() ? bids.getFirst() : asks.isEmpty() ? null : asks.getFirst();
        if (reference != null) {
            requireOrdered(instrumentId, "bids", bids, reference, true);
            requireOrdered(instrumentId, "asks", asks, reference, false);
        }
    }

    /** An empty book at {@code sequence}: the starting point for a book built from deltas only. */
    public static OrderBookSnapshot empty(InstrumentId instrumentId, long sequence, long timestampNanos) {
        return new OrderBookSnapshot(instrumentId, List.of(), List.of(), sequence, timestampNanos);
    }

    private static void requireOrdered(
            InstrumentId instrumentId,
            String sideName,
            List<BookLevel> levels,
            BookLevel reference,
            boolean descending) {
        int priceScale = reference.price().scale();
        int sizeScale = reference.size().scale();
        for (int i = 0; i < levels.size(); i++) {
            BookLevel level = levels.get(i);
            if (level.price().scale() != priceScale || level.size().scale() != sizeScale) {
                throw new IllegalArgumentException("book snapshot of " + instrumentId + " mixes scales: " + sideName
                        + " level " + level + " vs " + reference);
            }
            if (i > 0) {
                long previous = levels.get(i - 1).price().raw();
                long current = level.price().raw();
                if (descending ? current >= previous : current <= previous) {
                    throw new IllegalArgumentException("book snapshot of " + instrumentId + ": " + sideName
                            + " must be strictly " + (descending ? "descending" : "ascending") + " by price, but "
                            + level.price() + " follows " + levels.get(i - 1).price());
                }
            }
        }
    }
}
