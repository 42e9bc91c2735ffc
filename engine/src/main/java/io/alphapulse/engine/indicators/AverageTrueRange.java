package io.alphapulse.engine.indicators;

/**
 * Wilder's average true range, a volatility measure in price units.
 *
 * <p>The true range of a bar is {@code max(high − low, |high − previousClose|, |low −
 * previousClose|)}, which counts an overnight gap as range; the first bar has no previous close,
 * so its true range is {@code high − low}. The first ATR is the simple mean of the first {@code
 * period} true ranges (the first bar's included); after that {@code ATR = (ATR × (period − 1) +
 * TR) / period}.
 *
 * <p>Warm-up: {@code period} bars (14 by default). Use it to size positions and place stops in
 * units of recent volatility.
 *
 * <p>Differs from ta4j: ta4j's {@code ATRIndicator} (0.22) is NaN for the first {@code period}
 * bars and seeds its Wilder average with the single true range at index {@code period} rather
 * than the mean of the first {@code period}; both then follow the same recursion, so the
 * difference shrinks by a factor {@code 1 − 1/period} per bar. ta4j's true range of the first bar
 * is also {@code high − low}.
 */
public final class AverageTrueRange implements Indicator {

    private final int period;
    private final WilderAverage average;
    private double previousClose;
    private double trueRange = Double.NaN;
    private long count;

    /** Wilder's ATR(14). */
    public AverageTrueRange() {
        this(14);
    }

    /**
     * @param period number of true ranges averaged, at least 1
     * @throws IllegalArgumentException if period is less than 1
     */
    public AverageTrueRange(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.average = new WilderAverage(period);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        Inputs.requireFinite("high", high);
        Inputs.requireFinite("low", low);
        Inputs.requireFinite("close", close);
        trueRange = count == 0 ? high - low : trueRange(high, low, previousClose);
        average.add(trueRange);
        previousClose = close;
        count++;
    }

    static double trueRange(double high, double low, double previousClose) {
        return Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
    }

    /** The average true range; NaN until ready. */
    @Override
    public double value() {
        return average.value();
    }

    /** The true range of the last bar; NaN until ready. */
    public double trueRange() {
        return isReady() ? trueRange : Double.NaN;
    }

    /** The period this average was built with. */
    public int period() {
        return period;
    }

    @Override
    public int warmup() {
        return period;
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        average.reset();
        previousClose = 0.0;
        trueRange = Double.NaN;
        count = 0;
    }
}
