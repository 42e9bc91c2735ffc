package io.alphapulse.engine.data;

import java.util.Arrays;

/**
 * One side of an {@link OrderBook} as two parallel primitive arrays, sorted so the <em>best</em>
 * level is at the end: bids ascending, asks descending by price. Most updates hit the top of the
 * book, so the tail shift on insert or remove is short, and reading the best level is one array
 * access. Nothing is allocated per update except when the arrays must grow.
 */
final class BookSide {

    private static final int INITIAL_CAPACITY = 64;

    private final boolean bids;
    private long[] prices = new long[INITIAL_CAPACITY];
    private long[] sizes = new long[INITIAL_CAPACITY];
    private int count;

    BookSide(boolean bids) {
        this.bids = bids;
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Price of the level {@code depth} steps from the best; 0 is the best. */
    long priceAt(int depth) {
        return prices[indexOf(depth)];
    }

    long sizeAt(int depth) {
        return sizes[indexOf(depth)];
    }

    /** The size resting at {@code price}, 0 if there is no such level. */
    long sizeAtPrice(long price) {
        int index = find(price);
        return index >= 0 ? sizes[index] : 0;
    }

    /** Sets the level at {@code price} to {@code size}; zero removes it, removing an absent level is a no-op. */
    void set(long price, long size) {
        int index = find(price);
        if (index >= 0) {
            if (size == 0) {
                System.arraycopy(prices, index + 1, prices, index, count - index - 1);
                System.arraycopy(sizes, index + 1, sizes, index, count - index - 1);
                count--;
            } else {
                sizes[index] = size;
            }
        } else if (size != 0) {
            int insertAt = -(index + 1);
            ensureCapacity(count + 1);
            System.arraycopy(prices, insertAt, prices, insertAt + 1, count - insertAt);
            System.arraycopy(sizes, insertAt, sizes, insertAt + 1, count - insertAt);
            prices[insertAt] = price;
            sizes[insertAt] = size;
            count++;
        }
    }

    void clear() {
        count = 0;
    }

    /**
     * Replaces the side with levels given best first; the caller has checked they are strictly
     * ordered.
     */
    void load(long[] bestFirstPrices, long[] bestFirstSizes, int levelCount) {
        ensureCapacity(levelCount);
        for (int i = 0; i < levelCount; i++) {
            prices[levelCount - 1 - i] = bestFirstPrices[i];
            sizes[levelCount - 1 - i] = bestFirstSizes[i];
        }
        count = levelCount;
    }

    private int indexOf(int depth) {
        if (depth < 0 || depth >= count) {
            throw new IndexOutOfBoundsException(
                    "depth " + depth + " outside 0.." + (count - 1) + " of the " + (bids ? "bids" : "asks"));
        }
        return count - 1 - depth;
    }

    /** Binary search over the worse-to-best order; {@code -(insertion point) - 1} when absent. */
    private int find(long price) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midPrice = prices[mid];
            if (midPrice == price) {
                return mid;
            }
            boolean midIsWorse = bids ? midPrice < price : midPrice > price;
            if (midIsWorse) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -(low + 1);
    }

    private void ensureCapacity(int needed) {
        if (needed > prices.length) {
            int capacity = Math.max(needed, prices.length * 2);
            prices = Arrays.copyOf(prices, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
    }
}
