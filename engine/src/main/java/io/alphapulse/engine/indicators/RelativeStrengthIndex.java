package io.alphapulse.engine.indicators;

/**
 * Wilder's relative strength index, a 0–100 momentum oscillator.
 *
 * <p>Each new value gives a change {@code d = x[t] − x[t−1]}, split into a gain {@code max(d, 0)}
 * and a loss {@code max(−d, 0)}. The first average gain and loss are the simple means of the first
 * {@code period} gains and losses; after that each is smoothed the Wilder way, {@code avg =
 * (avg × (period − 1) + x) / period}. Then {@code RS = avgGain / avgLoss} and {@code RSI = 100 −
 * 100 / (1 + RS)}, computed as the algebraically equal {@code 100 × avgGain / (avgGain + avgLoss)},
 * which needs no special case for a zero loss:
 *
 * <ul>
 *   <li>only gains in the averaging ({@code avgLoss = 0}, {@code avgGain > 0}): 100;
 *   <li>only losses ({@code avgGain = 0}, {@code avgLoss > 0}): 0;
 *   <li>flat, no change at all ({@code avgGain = avgLoss = 0}): 50, neutral, because a market that
 *       did not move is neither overbought nor oversold and should not trigger a reversion signal.
 * </ul>
 *
 * <p>Warm-up: {@code period + 1} values, since {@code period} changes need one value more. Use it
 * for mean-reversion rules such as {@code rsi-reversion} (buy below 30, sell above 70).
 *
 * <p>Differs from ta4j: ta4j's {@code RSIIndicator} (0.22) is NaN for the first {@code period}
 * values and seeds both Wilder averages with the single change at index {@code period}, not with
 * the mean of the first {@code period} changes; the averages then follow the same recursion, so
 * the difference shrinks by a factor {@code 1 − 1/period} per value. ta4j also answers 0, not 50,
 * when both averages are zero.
 */
public final class RelativeStrengthIndex implements SeriesIndicator {

    private final int period;
    private final WilderAverage averageGain;
    private final WilderAverage averageLoss;
    private double previous;
    private long count;

    /**
     * @param period number of changes averaged, at least 1 (Wilder used 14)
     * @throws IllegalArgumentException if period is less than 1
     */
    public RelativeStrengthIndex(int period) {
        this.period = Parameters.requireAtLeast("period", period, 1);
        this.averageGain = new WilderAverage(period);
        this.averageLoss = new WilderAverage(period);
    }

    @Override
    public void update(double value) {
        Inputs.requireFinite("value", value);
        if (count > 0) {
            double change = value - previous;
            averageGain.add(change > 0.0 ? change : 0.0);
            averageLoss.add(change < 0.0 ? -change : 0.0);
        }
        previous = value;
        count++;
    }

    @Override
    public double value() {
        if (!isReady()) {
            return Double.NaN;
        }
        double gain = averageGain.value();
        double total = gain + averageLoss.value();
        // gain / total is exactly 1 when there is no loss, so only gains give exactly 100.
        return total == 0.0 ? 50.0 : 100.0 * (gain / total);
    }

    /** Wilder's average gain per change; NaN until ready. */
    public double averageGain() {
        return averageGain.value();
    }

    /** Wilder's average loss per change, as a positive number; NaN until ready. */
    public double averageLoss() {
        return averageLoss.value();
    }

    /** The period this index was built with. */
    public int period() {
        return period;
    }

    @Override
    public int warmup() {
        return period + 1;
    }

    @Override
    public boolean isReady() {
        return count > period;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void reset() {
        averageGain.reset();
        averageLoss.reset();
        previous = 0.0;
        count = 0;
    }
}
