package io.alphapulse.engine.backtest;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a backtest produced: the §5 JSON document, the report and the parameter sweep are all
 * written from this.
 *
 * @param strategy the strategy's name, e.g. {@code sma-cross}
 * @param instrumentId what was traded
 * @param timeframe the bars' timeframe
 * @param parameters the strategy's effective parameters, defaults included, by name
 * @param bars how many bars were replayed
 * @param metrics the performance metrics
 * @param trades closed round trips, in exit order
 * @param equity equity at every bar close
 * @param run how the run went: events processed and time taken
 */
public record BacktestResult(
        String strategy,
        InstrumentId instrumentId,
        Timeframe timeframe,
        SortedMap<String, String> parameters,
        int bars,
        PerformanceMetrics metrics,
        List<RoundTrip> trades,
        EquityCurve equity,
        RunStatistics run) {

    public BacktestResult {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(timeframe, "timeframe");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        Objects.requireNonNull(metrics, "metrics");
        trades = List.copyOf(trades);
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(run, "run");
    }

    /** The parameters in name order, as a plain map. */
    public Map<String, String> parameterMap() {
        return new LinkedHashMap<>(parameters);
    }

    /**
     * @param events messages the kernel processed (bars, order commands and events, timers)
     * @param wallMillis time the engine ran, excluding loading the data
     * @param loadMillis time taken to load the data (zero when it was already in memory)
     */
    public record RunStatistics(long events, long wallMillis, long loadMillis) {}
}
