package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import java.util.Arrays;

/**
 * Raw bar columns while they are being read, before they become an immutable {@link BarSeries}: the
 * CSV parser appends to them and may still raise their scales, the cache fills them in bulk. Not
 * thread-safe.
 */
final class BarColumns {

    private static final int MINIMUM_CAPACITY = 16;
    private static final int MAXIMUM_CAPACITY = Integer.MAX_VALUE - 8;

    long[] openTimeNanos;
    long[] open;
    long[] high;
    long[] low;
    long[] close;
    long[] volume;
    private int size;
    private int priceScale;
    private int sizeScale;

    BarColumns(int capacity, int priceScale, int sizeScale) {
        int length = Math.max(MINIMUM_CAPACITY, capacity);
        openTimeNanos = new long[length];
        open = new long[length];
        high = new long[length];
        low = new long[length];
        close = new long[length];
        volume = new long[length];
        this.priceScale = priceScale;
        this.sizeScale = sizeScale;
    }

    /** Columns of exactly {@code size} rows, to be filled in place (the cache reads into them). */
    static BarColumns ofSize(int size, int priceScale, int sizeScale) {
        BarColumns columns = new BarColumns(size, priceScale, sizeScale);
        columns.size = size;
        return columns;
    }

    int size() {
        return size;
    }

    int priceScale() {
        return priceScale;
    }

    int sizeScale() {
        return sizeScale;
    }

    void add(long openTime, long openPrice, long highPrice, long lowPrice, long closePrice, long volumeValue) {
        if (size == open.length) {
            grow((int) Math.min(MAXIMUM_CAPACITY, size + (size >> 1)));
        }
        openTimeNanos[size] = openTime;
        open[size] = openPrice;
        high[size] = highPrice;
        low[size] = lowPrice;
        close[size] = closePrice;
        volume[size] = volumeValue;
        size++;
    }

    /**
     * Moves all prices to {@code newScale}, a larger one. The caller has checked that the largest
     * price still fits a long.
     */
    void raisePriceScale(int newScale, long factor) {
        for (long[] column : new long[][] {open, high, low, close}) {
            for (int i = 0; i < size; i++) {
                column[i] *= factor;
            }
        }
        priceScale = newScale;
    }

    /** Like {@link #raisePriceScale} for the volumes. */
    void raiseSizeScale(int newScale, long factor) {
        for (int i = 0; i < size; i++) {
            volume[i] *= factor;
        }
        sizeScale = newScale;
    }

    /**
     * The immutable series, each row checked again by {@link BarSeries.Builder}.
     *
     * @throws IllegalArgumentException if a row is not a valid bar
     */
    BarSeries toSeries(InstrumentId instrumentId, Timeframe timeframe) {
        BarSeries.Builder builder = BarSeries.builder(instrumentId, timeframe, priceScale, sizeScale, size);
        for (int i = 0; i < size; i++) {
            builder.add(openTimeNanos[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        return builder.build();
    }

    private void grow(int capacity) {
        openTimeNanos = Arrays.copyOf(openTimeNanos, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
