package io.alphapulse.app.cli;

import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.PerformanceMetrics;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** What a parameter sweep ranks its runs by; the best run comes first, undefined values last. */
enum RankingMetric {
    SHARPE("sharpe", PerformanceMetrics::sharpe, true),
    SORTINO("sortino", PerformanceMetrics::sortino, true),
    TOTAL_RETURN("totalReturn", PerformanceMetrics::totalReturn, true),
    CAGR("cagr", PerformanceMetrics::cagr, true),
    CALMAR("calmar", PerformanceMetrics::calmar, true),
    PROFIT_FACTOR("profitFactor", PerformanceMetrics::profitFactor, true),
    WIN_RATE("winRate", PerformanceMetrics::winRate, true),
    EXPECTANCY("expectancy", PerformanceMetrics::expectancy, true),
    MAX_DRAWDOWN("maxDrawdown", PerformanceMetrics::maxDrawdown, false);

    private final String label;
    private final ToDoubleFunction<PerformanceMetrics> value;
    private final boolean higherIsBetter;

    RankingMetric(String label, ToDoubleFunction<PerformanceMetrics> value, boolean higherIsBetter) {
        this.label = label;
        this.value = value;
        this.higherIsBetter = higherIsBetter;
    }

    /** The metric named {@code label} as in the JSON document, e.g. {@code totalReturn}. */
    public static RankingMetric parse(String label) {
        for (RankingMetric metric : values()) {
            if (metric.label.equalsIgnoreCase(label)) {
                return metric;
            }
        }
        throw new UsageException("--rank-by " + label + ": unknown metric; choose one of "
                + String.join(
                        ", ", Arrays.stream(values()).map(RankingMetric::label).toList()));
    }

    public String label() {
        return label;
    }

    /** Best first; runs whose metric is undefined (NaN) go last, in their original order. */
    public Comparator<BacktestResult> bestFirst() {
        return (first, second) -> {
            double a = value.applyAsDouble(first.metrics());
            double b = value.applyAsDouble(second.metrics());
            boolean aDefined = !Double.isNaN(a);
            boolean bDefined = !Double.isNaN(b);
            if (aDefined != bDefined) {
                return aDefined ? -1 : 1;
            }
            if (!aDefined) {
                return 0;
            }
            return higherIsBetter ? Double.compare(b, a) : Double.compare(a, b);
        };
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
