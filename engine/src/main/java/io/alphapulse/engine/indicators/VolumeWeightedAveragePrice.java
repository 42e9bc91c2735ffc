package io.alphapulse.engine.indicators;

/**
 * Volume-weighted average price of bars: {@code VWAP = Σ(typical × volume) / Σ volume}, with the
 * typical price {@code (high + low + close) / 3} standing in for the prices traded within a bar.
 *
 * <ul>
 *   <li>rolling ({@code new VolumeWeightedAveragePrice(period)}, period ≥ 1): the sums run over the
 *       last {@code period} bars; warm-up {@code period} bars. Use it as a volume-aware moving
 *       average.
 *   <li>anchored ({@link #anchored()}, or period 0): the sums run over every bar since
 *       construction or the last {@link #reset()}; warm-up 1 bar. Use it as the session VWAP that
 *       execution is benchmarked against, calling {@code reset()} at each session start.
 * </ul>
 *
 * <p>Zero volume: a bar without volume adds nothing to either sum, so it does not move the VWAP.
 * When the whole window (or, anchored, everything since the reset) has zero volume no price was
 * weighted by anything and {@link #value()} is NaN, even though the indicator is ready. Volumes
 * must be finite and non-negative.
 *
 * <p>Both sums are compensated (Neumaier), so neither the rolling add-and-subtract nor a long
 * anchored total drifts.
 *
 * <p>Differs from ta4j: ta4j's {@code VWAPIndicator(series, barCount)} is always rolling and is
 * defined on partial windows for the first {@code barCount − 1} bars (where the rolling VWAP here
 * is NaN); its first bar is the typical price whatever the volume. An anchored VWAP is ta4j's with
 * a {@code barCount} at least the length of the series.
 */
public final class VolumeWeightedAveragePrice implements Indicator {

    private final int period;
    /** Typical price × volume of each bar in the window; null when anchored. */
    private final DoubleRingBuffer weightedPrices;
    /** Volume of each bar in the window; null when anchored. */
    private final DoubleRingBuffer volumes;

    private final CompensatedSum weightedPriceSum = new CompensatedSum();
    private final CompensatedSum volumeSum = new CompensatedSum();
    /** Bars with non-zero volume in the window; decides "no volume" exactly, free of rounding. */
    private int barsWithVolume;

    private long count;

    /**
     * @param period bars in the rolling window, at least 1; or 0 for an anchored VWAP (see {@link
     *     #anchored()})
     * @throws IllegalArgumentException if period is negative
     */
    public VolumeWeightedAveragePrice(int period) {
        this.period = Parameters.requireAtLeast("period", period, 0);
        this.weightedPrices = period == 0 ? null : new DoubleRingBuffer(period);
        this.volumes = period == 0 ? null : new DoubleRingBuffer(period);
    }

    /** A VWAP over every bar since construction or the last {@link #reset()}. */
    public static VolumeWeightedAveragePrice anchored() {
        return new VolumeWeightedAveragePrice(0);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        Inputs.requireFinite("high", high);
        Inputs.requireFinite("low", low);
        Inputs.requireFinite("close", close);
        Inputs.requireFiniteNonNegative("volume", volume);
        double weightedPrice = (high + low + close) / 3.0 * volume;
        if (period > 0) {
            if (volumes.isFull() && volumes.oldest() > 0.0) {
                weightedPriceSum.subtract(weightedPrices.oldest());
                volumeSum.subtract(volumes.oldest());
                if (--barsWithVolume == 0) {
                    // Both sums are now exactly zero; drop whatever rounding residue is left.
                    weightedPriceSum.reset();
                    volumeSum.reset();
                }
            }
            weightedPrices.add(weightedPrice);
            volumes.add(volume);
        }
        if (volume > 0.0) {
            weightedPriceSum.add(weightedPrice);
            volumeSum.add(volume);
            barsWithVolume++;
        }
        count++;
    }

    /** The VWAP; NaN until ready, and NaN while the window holds no volume. */
    @Override
    public double value() {
        if (!isReady()) {
            return Double.NaN;
        }
        return barsWithVolume > 0 ? weightedPriceSum.value() / volumeSum.value() : Double.NaN;
    }

    /** The total volume in the window (or since the anchor); NaN until ready. */
    public double volume() {
        return isReady() ? volumeSum.value() : Double.NaN;
    }

    /** Whether this VWAP is anchored (cumulative) rather than rolling. */
    public boolean isAnchored() {
        return period == 0;
    }

    /** Bars in the rolling window, or 0 when anchored. */
    public int period() {
        return period;
    }

    @Override
    public int warmup() {
        return period == 0 ? 1 : period;
    }

    @Override
    public boolean isReady() {
        return count >= warmup();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        if (period > 0) {
            weightedPrices.clear();
            volumes.clear();
        }
        weightedPriceSum.reset();
        volumeSum.reset();
        barsWithVolume = 0;
        count = 0;
    }
}
