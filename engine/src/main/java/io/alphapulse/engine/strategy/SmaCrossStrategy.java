package io.alphapulse.engine.strategy;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.indicators.SimpleMovingAverage;
import java.util.List;

/**
 * {@code sma-cross}, momentum: simple moving averages of closes, a fast and a slow one. Signals +1
 * when the fast average crosses above the slow one ({@code fast[t] > slow[t]} and {@code fast[t−1] <=
 * slow[t−1]}), −1 when it crosses below ({@code fast[t] < slow[t]} and {@code fast[t−1] >= slow[t−1]}),
 * both averages being defined at {@code t−1} (ARCHITECTURE.md §5). Use it for trending markets.
 */
public final class SmaCrossStrategy implements Strategy {

    /** The factory the catalog lists as {@code sma-cross}. */
    public static final StrategyFactory FACTORY = new StrategyFactory() {
        @Override
        public String name() {
            return "sma-cross";
        }

        @Override
        public String description() {
            return "Momentum: buy when the fast SMA of closes crosses above the slow one, sell when it crosses below.";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(
                    ParameterSpec.integer("fast", 10, 1, 100_000, "bars in the fast moving average"),
                    ParameterSpec.integer("slow", 30, 2, 100_000, "bars in the slow moving average"));
        }

        @Override
        public Strategy create(StrategyParameters parameters) {
            int fast = parameters.integer("fast");
            int slow = parameters.integer("slow");
            if (fast >= slow) {
                throw parameters.invalid("fast (" + fast + ") must be below slow (" + slow + ")");
            }
            return new SmaCrossStrategy(fast, slow);
        }
    };

    private final SimpleMovingAverage fast;
    private final SimpleMovingAverage slow;
    private double previousFast = Double.NaN;
    private double previousSlow = Double.NaN;

    public SmaCrossStrategy(int fastPeriod, int slowPeriod) {
        if (fastPeriod >= slowPeriod) {
            throw new IllegalArgumentException("fast period " + fastPeriod + " must be below slow " + slowPeriod);
        }
        this.fast = new SimpleMovingAverage(fastPeriod);
        this.slow = new SimpleMovingAverage(slowPeriod);
    }

    @Override
    public double onBar(Bar bar) {
        double close = bar.close().toDouble();
        fast.update(close);
        slow.update(close);
        double fastNow = fast.value();
        double slowNow = slow.value();
        double signal = 0;
        // NaN compares false, so nothing fires until both averages are defined at t−1.
        if (fastNow > slowNow && previousFast <= previousSlow) {
            signal = 1;
        } else if (fastNow < slowNow && previousFast >= previousSlow) {
            signal = -1;
        }
        previousFast = fastNow;
        previousSlow = slowNow;
        return signal;
    }
}
