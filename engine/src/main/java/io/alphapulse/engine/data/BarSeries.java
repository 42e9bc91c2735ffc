package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.PowersOfTen;
import io.alphapulse.engine.model.Price;
import java.util.Arrays;
import java.util.Objects;

/**
 * A time-ordered series of bars for one instrument and timeframe, held in columns of raw fixed-point
 * values: compact (48 bytes a bar), fast to load and scan, and the form in which backtests keep their
 * data in memory. {@link #bar(int)} builds the {@link Bar} record for one row.
 *
 * <p>Rows are strictly increasing in open time and each is a valid bar (high ≥ low, open and close
 * within the range, volume ≥ 0); the {@link Builder} refuses anything else, naming the row.
 * Immutable once built.
 */
public final class BarSeries {

    private final InstrumentId instrumentId;
    private final Timeframe timeframe;
    private final int priceScale;
    private final int sizeScale;
    private final int size;
    private final long[] openTimeNanos;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;

    private BarSeries(Builder builder) {
        this.instrumentId = builder.instrumentId;
        this.timeframe = builder.timeframe;
        this.priceScale = builder.priceScale;
        this.sizeScale = builder.sizeScale;
        this.size = builder.size;
        this.openTimeNanos = Arrays.copyOf(builder.openTimeNanos, size);
        this.open = Arrays.copyOf(builder.open, size);
        this.high = Arrays.copyOf(builder.high, size);
        this.low = Arrays.copyOf(builder.low, size);
        this.close = Arrays.copyOf(builder.close, size);
        this.volume = Arrays.copyOf(builder.volume, size);
    }

    /** A builder for bars of {@code instrumentId} with prices at {@code priceScale}, volumes at {@code sizeScale}. */
    public static Builder builder(
            InstrumentId instrumentId, Timeframe timeframe, int priceScale, int sizeScale, int expectedSize) {
        return new Builder(instrumentId, timeframe, priceScale, sizeScale, expectedSize);
    }

    public InstrumentId instrumentId() {
        return instrumentId;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public int priceScale() {
        return priceScale;
    }

    public int sizeScale() {
        return sizeScale;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** When bar {@code index} opened, epoch nanoseconds UTC (the data file's timestamp). */
    public long openTimeNanos(int index) {
        return openTimeNanos[Objects.checkIndex(index, size)];
    }

    /** When bar {@code index} closed: its open time plus the timeframe. */
    public long closeTimeNanos(int index) {
        return openTimeNanos(index) + timeframe.durationNanos();
    }

    public long openRaw(int index) {
        return open[Objects.checkIndex(index, size)];
    }

    public long highRaw(int index) {
        return high[Objects.checkIndex(index, size)];
    }

    public long lowRaw(int index) {
        return low[Objects.checkIndex(index, size)];
    }

    public long closeRaw(int index) {
        return close[Objects.checkIndex(index, size)];
    }

    public long volumeRaw(int index) {
        return volume[Objects.checkIndex(index, size)];
    }

    /** The close of bar {@code index} as a double, for indicators and charts. */
    public double closeDouble(int index) {
        return closeRaw(index) / (double) PowersOfTen.of(priceScale);
    }

    /** Bar {@code index} as a record, closing (and so timestamped) at its open time plus the timeframe. */
    public Bar bar(int index) {
        Objects.checkIndex(index, size);
        long openTime = openTimeNanos[index];
        return Bar.ofRaw(
                instrumentId,
                timeframe,
                openTime,
                priceScale,
                open[index],
                high[index],
                low[index],
                close[index],
                sizeScale,
                volume[index],
                openTime + timeframe.durationNanos());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new series. */
    public BarSeries slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        Builder builder = builder(instrumentId, timeframe, priceScale, sizeScale, to - from);
        for (int i = from; i < to; i++) {
            builder.add(openTimeNanos[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return "BarSeries[" + instrumentId + " " + timeframe + ", " + size + " bars]";
    }

    /** Collects rows in order, validating each as it arrives. Not thread-safe. */
    public static final class Builder {
        private final InstrumentId instrumentId;
        private final Timeframe timeframe;
        private final int priceScale;
        private final int sizeScale;
        private long[] openTimeNanos;
        private long[] open;
        private long[] high;
        private long[] low;
        private long[] close;
        private long[] volume;
        private int size;

        private Builder(
                InstrumentId instrumentId, Timeframe timeframe, int priceScale, int sizeScale, int expectedSize) {
            this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
            this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
            if (priceScale < 0 || priceScale > 9 || sizeScale < 0 || sizeScale > 9) {
                throw new IllegalArgumentException(
                        "scales must be 0..9, were price " + priceScale + " and size " + sizeScale);
            }
            this.priceScale = priceScale;
            this.sizeScale = sizeScale;
            int capacity = Math.max(16, expectedSize);
            openTimeNanos = new long[capacity];
            open = new long[capacity];
            high = new long[capacity];
            low = new long[capacity];
            close = new long[capacity];
            volume = new long[capacity];
        }

        /**
         * Appends a row of raw values (prices at the price scale, volume at the size scale).
         *
         * @throws IllegalArgumentException naming the problem if the row is not after the previous one
         *     in time or is not a valid bar
         */
        public Builder add(long openTimeNanos, long open, long high, long low, long close, long volume) {
            if (size > 0 && openTimeNanos <= this.openTimeNanos[size - 1]) {
                throw new IllegalArgumentException("timestamp " + openTimeNanos / 1_000_000
                        + " ms is not after the previous bar's " + this.openTimeNanos[size - 1] / 1_000_000 + " ms");
            }
            if (high < low) {
                throw new IllegalArgumentException("high " + format(high) + " is below low " + format(low));
            }
            if (open < low || open > high) {
                throw new IllegalArgumentException(
                        "open " + format(open) + " is outside low " + format(low) + " .. high " + format(high));
            }
            if (close < low || close > high) {
                throw new IllegalArgumentException(
                        "close " + format(close) + " is outside low " + format(low) + " .. high " + format(high));
            }
            if (volume < 0) {
                throw new IllegalArgumentException("volume "
                        + new java.math.BigDecimal(java.math.BigInteger.valueOf(volume), sizeScale).toPlainString()
                        + " is negative");
            }
            if (size == this.openTimeNanos.length) {
                grow();
            }
            this.openTimeNanos[size] = openTimeNanos;
            this.open[size] = open;
            this.high[size] = high;
            this.low[size] = low;
            this.close[size] = close;
            this.volume[size] = volume;
            size++;
            return this;
        }

        /** Rows added so far. */
        public int size() {
            return size;
        }

        public BarSeries build() {
            return new BarSeries(this);
        }

        private String format(long raw) {
            return new Price(raw, priceScale).toString();
        }

        private void grow() {
            int capacity = openTimeNanos.length * 2;
            openTimeNanos = Arrays.copyOf(openTimeNanos, capacity);
            open = Arrays.copyOf(open, capacity);
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            close = Arrays.copyOf(close, capacity);
            volume = Arrays.copyOf(volume, capacity);
        }
    }
}
