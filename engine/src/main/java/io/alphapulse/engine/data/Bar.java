package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

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
 * @param instrumentId the instrument
 * @param timeframe the bar length
 * @param openTimeNanos when the bar opened, epoch nanoseconds UTC
 * @param volume traded base quantity during the bar
 * @param timestampNanos when the bar closed, epoch nanoseconds UTC
 */
public record Bar(
        InstrumentId instrumentId,
        Timeframe timeframe,
        long openTimeNanos,
        Price open,
        Price high,
        Price low,
        Price close,
        Quantity volume,
        long timestampNanos)
        implements MarketData {

    public Bar {
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
        if (high.raw() < low.raw()) {
            throw new IllegalArgumentException(
                    "bar of " + instrumentId + " at " + openTimeNanos + " has high " + high + " below low " + low);
        }
        if (outside(open, low, high) || outside(close, low, high)) {
            throw new IllegalArgumentException("bar of " + instrumentId + " at " + openTimeNanos + " has open " + open
                    + " or close " + close + " outside [" + low + ", " + high + "]");
        }
        if (timestampNanos < openTimeNanos) {
            throw new IllegalArgumentException("bar of " + instrumentId + " closes at " + timestampNanos
                    + ", before it opens at " + openTimeNanos);
        }
    }

    /** The scale of the four prices. */
    public int priceScale() {
        return open.scale();
    }

    private static boolean outside(Price price, Price low, Price high) {
        return price.raw() < low.raw() || price.raw() > high.raw();
    }
}
