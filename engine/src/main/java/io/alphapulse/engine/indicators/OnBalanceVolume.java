package io.alphapulse.engine.indicators;

/**
 * Granville's on-balance volume: a running total that adds a bar's volume when its close is above
 * the previous close, subtracts it when below, and leaves the total alone when the close is
 * unchanged. The first bar has no previous close and gives 0.
 *
 * <p>Warm-up: 1 bar. Only changes of OBV carry meaning (its level depends on where it started);
 * use it to check whether volume confirms a price trend or diverges from it. The total is a
 * compensated (Neumaier) sum, so fractional volumes (crypto amounts) do not drift over millions
 * of bars.
 *
 * <p>Matches ta4j's {@code OnBalanceVolumeIndicator}, which also starts at 0.
 */
public final class OnBalanceVolume implements Indicator {

    private final CompensatedSum total = new CompensatedSum();
    private double previousClose;
    private long count;

    /** An on-balance volume starting at 0 with the next bar. */
    public OnBalanceVolume() {}

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        Inputs.requireFinite("close", close);
        Inputs.requireFiniteNonNegative("volume", volume);
        if (count > 0) {
            if (close > previousClose) {
                total.add(volume);
            } else if (close < previousClose) {
                total.subtract(volume);
            }
        }
        previousClose = close;
        count++;
    }

    /** The running total; NaN before the first bar. */
    @Override
    public double value() {
        return isReady() ? total.value() : Double.NaN;
    }

    @Override
    public int warmup() {
        return 1;
    }

    @Override
    public boolean isReady() {
        return count > 0;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        total.reset();
        previousClose = 0.0;
        count = 0;
    }
}
