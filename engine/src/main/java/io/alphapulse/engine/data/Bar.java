package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.Objects;

/**
 * One completed OHLCV bar. Its {@link #timestampNanos()} is the close time: a bar is a fact only
 * once it has closed, and the kernel orders it among other messages by that time. Strategies that
 * act "at the bar's close" act at this timestamp.
 *
 * <p>Validated on construction: the four prices share one scale, {@code low <= open, close <=
 * high}, and the close time is not before the open time. The close time is not forced to equal
 * {@code open + timeframe}: venues stamp closes differently (Binance uses the last millisecond of
 * the bar).
 *
 * <p>Immutable, with value equality like a record. It keeps raw fixed-point values rather than five
 * {@link Price}/{@link Quantity} objects because backtests create millions of bars a second: one
 * small object per bar instead of six. {@link #open()} and friends build the value objects on demand
 * (the JIT usually removes those allocations when the caller only reads them); the {@code *Raw}
 * accessors avoid them outright.
 */
public final class Bar implements MarketData {

    private final InstrumentId instrumentId;
    private final Timeframe timeframe;
    private final long openTimeNanos;
    private final long openRaw;
    private final long highRaw;
    private final long lowRaw;
    private final long closeRaw;
    private final long volumeRaw;
    private final long timestampNanos;
    private final int priceScale;
    private final int volumeScale;

    /**
     * @param instrumentId the instrument
     * @param timeframe the bar length
     * @param openTimeNanos when the bar opened, epoch nanoseconds UTC
     * @param volume traded base quantity during the bar
     * @param timestampNanos when the bar closed, epoch nanoseconds UTC
     */
    public Bar(
            InstrumentId instrumentId,
            Timeframe timeframe,
            long openTimeNanos,
            Price open,
            Price high,
            Price low,
            Price close,
            Quantity volume,
            long timestampNanos) {
        if (instrumentId == null
                || timeframe == null
                || open == null
                || high == null
                || low == null
                || close == null
                || volume == null) {
            throw new IllegalArgumentException("bar of " + instrumentId + " " + timeframe + " at " + openTimeNanos
                    + " has a null field: o " + open + " h " + high + " l " + low + " c " + close + " v " + volume);
        }
        int scale = open.scale();
        if (high.scale() != scale || low.scale() != scale || close.scale() != scale) {
            throw new IllegalArgumentException("bar of " + instrumentId + " at " + openTimeNanos
                    + " mixes price scales: o " + open + " h " + high + " l " + low + " c " + close);
        }
        this.instrumentId = instrumentId;
        this.timeframe = timeframe;
        this.openTimeNanos = openTimeNanos;
        this.priceScale = scale;
        this.openRaw = open.raw();
        this.highRaw = high.raw();
        this.lowRaw = low.raw();
        this.closeRaw = close.raw();
        this.volumeRaw = volume.raw();
        this.volumeScale = volume.scale();
        this.timestampNanos = timestampNanos;
        validate();
    }

    private Bar(
            InstrumentId instrumentId,
            Timeframe timeframe,
            long openTimeNanos,
            int priceScale,
            long openRaw,
            long highRaw,
            long lowRaw,
            long closeRaw,
            int volumeScale,
            long volumeRaw,
            long timestampNanos) {
        this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        if (priceScale < 0 || priceScale > 9 || volumeScale < 0 || volumeScale > 9) {
            throw new IllegalArgumentException("bar of " + instrumentId + " at " + openTimeNanos
                    + " has scales outside 0..9: price " + priceScale + ", volume " + volumeScale);
        }
        if (volumeRaw < 0) {
            throw new IllegalArgumentException("bar of " + instrumentId + " at " + openTimeNanos
                    + " has a negative volume, raw " + volumeRaw + " at scale " + volumeScale);
        }
        this.openTimeNanos = openTimeNanos;
        this.priceScale = priceScale;
        this.openRaw = openRaw;
        this.highRaw = highRaw;
        this.lowRaw = lowRaw;
        this.closeRaw = closeRaw;
        this.volumeScale = volumeScale;
        this.volumeRaw = volumeRaw;
        this.timestampNanos = timestampNanos;
        validate();
    }

    /**
     * A bar from raw fixed-point values (prices at {@code priceScale}, volume at {@code volumeScale}),
     * validated like the public constructor but without creating value objects.
     */
    public static Bar ofRaw(
            InstrumentId instrumentId,
            Timeframe timeframe,
            long openTimeNanos,
            int priceScale,
            long openRaw,
            long highRaw,
            long lowRaw,
            long closeRaw,
            int volumeScale,
            long volumeRaw,
            long timestampNanos) {
        return new Bar(
                instrumentId,
                timeframe,
                openTimeNanos,
                priceScale,
                openRaw,
                highRaw,
                lowRaw,
                closeRaw,
                volumeScale,
                volumeRaw,
                timestampNanos);
    }

    private void validate() {
        if (highRaw < lowRaw) {
            throw new IllegalArgumentException(
                    "bar of " + instrumentId + " at " + openTimeNanos + " has high " + high() + " below low " + low());
        }
        if (openRaw < lowRaw || openRaw > highRaw || closeRaw < lowRaw || closeRaw > highRaw) {
            throw new IllegalArgumentException("bar of " + instrumentId + " at " + openTimeNanos + " has open " + open()
                    + " or close " + close() + " outside [" + low() + ", " + high() + "]");
        }
        if (timestampNanos < openTimeNanos) {
            throw new IllegalArgumentException("bar of " + instrumentId + " closes at " + timestampNanos
                    + ", before it opens at " + openTimeNanos);
        }
    }

    @Override
    public InstrumentId instrumentId() {
        return instrumentId;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /** When the bar opened, epoch nanoseconds UTC. */
    public long openTimeNanos() {
        return openTimeNanos;
    }

    /** When the bar closed, epoch nanoseconds UTC. */
    @Override
    public long timestampNanos() {
        return timestampNanos;
    }

    public Price open() {
        return new Price(openRaw, priceScale);
    }

    public Price high() {
        return new Price(highRaw, priceScale);
    }

    public Price low() {
        return new Price(lowRaw, priceScale);
    }

    public Price close() {
        return new Price(closeRaw, priceScale);
    }

    /** Traded base quantity during the bar. */
    public Quantity volume() {
        return new Quantity(volumeRaw, volumeScale);
    }

    /** The scale of the four prices. */
    public int priceScale() {
        return priceScale;
    }

    public int volumeScale() {
        return volumeScale;
    }

    public long openRaw() {
        return openRaw;
    }

    public long highRaw() {
        return highRaw;
    }

    public long lowRaw() {
        return lowRaw;
    }

    public long closeRaw() {
        return closeRaw;
    }

    public long volumeRaw() {
        return volumeRaw;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bar that
                && openTimeNanos == that.openTimeNanos
                && timestampNanos == that.timestampNanos
                && priceScale == that.priceScale
                && openRaw == that.openRaw
                && highRaw == that.highRaw
                && lowRaw == that.lowRaw
                && closeRaw == that.closeRaw
                && volumeScale == that.volumeScale
                && volumeRaw == that.volumeRaw
                && instrumentId.equals(that.instrumentId)
                && timeframe.equals(that.timeframe);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                instrumentId, timeframe, openTimeNanos, openRaw, highRaw, lowRaw, closeRaw, volumeRaw, timestampNanos);
    }

    @Override
    public String toString() {
        return "Bar[instrumentId=" + instrumentId + ", timeframe=" + timeframe + ", openTimeNanos=" + openTimeNanos
                + ", open=" + open() + ", high=" + high() + ", low=" + low() + ", close=" + close() + ", volume="
                + volume() + ", timestampNanos=" + timestampNanos + "]";
    }
}
