package io.alphapulse.engine.indicators;

/**
 * Wilder's average directional index: how strongly the market trends (0–100), whatever the
 * direction, with the two directional indicators that say which way.
 *
 * <p>From the second bar on, each bar gives, against the previous bar:
 *
 * <ul>
 *   <li>{@code up = high − previousHigh}, {@code down = previousLow − low};
 *   <li>{@code +DM = up} if {@code up > down} and {@code up > 0}, else 0; {@code −DM = down} if
 *       {@code down > up} and {@code down > 0}, else 0;
 *   <li>{@code TR = max(high − low, |high − previousClose|, |low − previousClose|)}.
 * </ul>
 *
 * <p>TR, +DM and −DM are each smoothed with Wilder's average (first value the simple mean of the
 * first {@code period}, then {@code avg = (avg × (period − 1) + x) / period}); Wilder's smoothed
 * sums are these averages times {@code period}, which cancels in the ratios. Then {@code +DI = 100
 * × avg(+DM) / avg(TR)}, {@code −DI = 100 × avg(−DM) / avg(TR)} (both 0 when {@code avg(TR) = 0}),
 * {@code DX = 100 × |+DI − −DI| / (+DI + −DI)} (0 when both are 0), and ADX is the Wilder average
 * of DX: the first ADX is the mean of the first {@code period} DX values.
 *
 * <p>Warm-up: {@code 2 × period} bars (28 for the default 14), the same first output as TA-Lib:
 * one bar to have a previous bar, {@code period} bars for the first DI and DX, {@code period − 1}
 * more for the first ADX. The directional indicators exist earlier, but like every output here
 * they are NaN until the indicator is ready. Use ADX to tell trending markets (above about 25)
 * from ranging ones, and the sign of {@code +DI − −DI} for the trend's direction.
 *
 * <p>Differs from ta4j: ta4j's {@code ADXIndicator}, {@code PlusDIIndicator} and {@code
 * MinusDIIndicator} (0.22) seed every Wilder average (ATR, ±DM and the ADX itself) with the single
 * value at index {@code period} instead of a mean, so ta4j answers from index {@code period} where
 * this indicator waits until index {@code 2 × period − 1}. The recursions are the same afterwards:
 * the DI differences shrink by a factor {@code 1 − 1/period} per bar, and the ADX difference, a
 * Wilder average of a decaying difference, like {@code k × (1 − 1/period)^k}. The definitions of
 * TR, ±DM, DI and DX, and their zero cases, are ta4j's.
 */
public final class AverageDirectionalIndex implements Indicator {

    private final int period;
    private final WilderAverage trueRange;
    private final WilderAverage plusMovement;
    private final WilderAverage minusMovement;
    private final WilderAverage directionalIndex;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusIndicator = Double.NaN;
    private double minusIndicator = Double.NaN;
    private long count;

    /** Wilder's ADX(14). */
    public AverageDirectionalIndex() {
        this(14);
    }

    /**
     * @param period Wilder smoothing period of TR, ±DM and DX, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public AverageDirectionalIndex(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.trueRange = new WilderAverage(period);
        this.plusMovement = new WilderAverage(period);
        this.minusMovement = new WilderAverage(period);
        this.directionalIndex = new WilderAverage(period);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        Inputs.requireFinite("high", high);
        Inputs.requireFinite("low", low);
        Inputs.requireFinite("close", close);
        if (count > 0) {
            double up = high - previousHigh;
            double down = previousLow - low;
            plusMovement.add(up > down && up > 0.0 ? up : 0.0);
            minusMovement.add(down > up && down > 0.0 ? down : 0.0);
            trueRange.add(AverageTrueRange.trueRange(high, low, previousClose));
            if (trueRange.isReady()) {
                double averageRange = trueRange.value();
                plusIndicator = averageRange == 0.0 ? 0.0 : 100.0 * plusMovement.value() / averageRange;
                minusIndicator = averageRange == 0.0 ? 0.0 : 100.0 * minusMovement.value() / averageRange;
                double indicatorSum = plusIndicator + minusIndicator;
                directionalIndex.add(
                        indicatorSum == 0.0 ? 0.0 : 100.0 * Math.abs(plusIndicator - minusIndicator) / indicatorSum);
            }
        }
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        count++;
    }

    /** ADX, the Wilder average of DX; NaN until ready. */
    @Override
    public double value() {
        return directionalIndex.value();
    }

    /** +DI, the share of the average true range made of upward movement, 0–100; NaN until ready. */
    public double plusDirectionalIndicator() {
        return isReady() ? plusIndicator : Double.NaN;
    }

    /** −DI, the share of the average true range made of downward movement, 0–100; NaN until ready. */
    public double minusDirectionalIndicator() {
        return isReady() ? minusIndicator : Double.NaN;
    }

    /** The period this index was built with. */
    public int period() {
        return period;
    }

    @Override
    public int warmup() {
        return 2 * period;
    }

    @Override
    public boolean isReady() {
        return directionalIndex.isReady();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        trueRange.reset();
        plusMovement.reset();
        minusMovement.reset();
        directionalIndex.reset();
        previousHigh = 0.0;
        previousLow = 0.0;
        previousClose = 0.0;
        plusIndicator = Double.NaN;
        minusIndicator = Double.NaN;
        count = 0;
    }
}
