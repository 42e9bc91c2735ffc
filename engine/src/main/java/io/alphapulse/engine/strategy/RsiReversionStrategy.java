package io.alphapulse.engine.strategy;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.indicators.RelativeStrengthIndex;
import java.util.List;

/**
 * {@code rsi-reversion}, mean reversion: Wilder's RSI of closes. Signals +1 while the RSI is below
 * {@code lower} (oversold) and −1 while it is above {@code upper} (overbought), per ARCHITECTURE.md
 * §5. Use it for range-bound markets.
 */
public final class RsiReversionStrategy implements Strategy {

    /** The factory the catalog lists as {@code rsi-reversion}. */
    public static final StrategyFactory FACTORY = new StrategyFactory() {
        @Override
        public String name() {
            return "rsi-reversion";
        }

        @Override
        public String description() {
            return "Mean reversion: buy when Wilder's RSI falls below lower, sell when it rises above upper.";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(
                    ParameterSpec.integer("period", 14, 1, 100_000, "bars in the RSI"),
                    ParameterSpec.decimal("lower", "30", "0", "100", "oversold level: buy below it"),
                    ParameterSpec.decimal("upper", "70", "0", "100", "overbought level: sell above it"));
        }

        @Override
        public Strategy create(StrategyParameters parameters) {
            double lower = parameters.decimal("lower");
            double upper = parameters.decimal("upper");
            if (lower >= upper) {
                throw parameters.invalid("lower (" + lower + ") must be below upper (" + upper + ")");
            }
            return new RsiReversionStrategy(parameters.integer("period"), lower, upper);
        }
    };

    private final RelativeStrengthIndex rsi;
    private final double lower;
    private final double upper;

    public RsiReversionStrategy(int period, double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("lower " + lower + " must be below upper " + upper);
        }
        this.rsi = new RelativeStrengthIndex(period);
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double onBar(Bar bar) {
        rsi.update(bar.close().toDouble());
        if (!rsi.isReady()) {
            return 0;
        }
        double value = rsi.value();
        if (value < lower) {
            return 1;
        }
        if (value > upper) {
            return -1;
        }
        return 0;
    }
}
