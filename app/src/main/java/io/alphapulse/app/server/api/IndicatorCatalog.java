package io.alphapulse.app.server.api;

import io.alphapulse.engine.indicators.AverageDirectionalIndex;
import io.alphapulse.engine.indicators.AverageTrueRange;
import io.alphapulse.engine.indicators.BollingerBands;
import io.alphapulse.engine.indicators.DonchianChannel;
import io.alphapulse.engine.indicators.ExponentialMovingAverage;
import io.alphapulse.engine.indicators.Indicator;
import io.alphapulse.engine.indicators.Macd;
import io.alphapulse.engine.indicators.OnBalanceVolume;
import io.alphapulse.engine.indicators.RateOfChange;
import io.alphapulse.engine.indicators.RelativeStrengthIndex;
import io.alphapulse.engine.indicators.RollingStandardDeviation;
import io.alphapulse.engine.indicators.SimpleMovingAverage;
import io.alphapulse.engine.indicators.StochasticOscillator;
import io.alphapulse.engine.indicators.VolumeWeightedAveragePrice;
import io.alphapulse.engine.indicators.WeightedMovingAverage;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The engine's streaming indicators the API can compute over stored bars, by name. Each has a default
 * period; {@code macd} and {@code obv} take none ({@code macd} is 12/26/9, its value the MACD line;
 * {@code bollinger} and {@code donchian} answer their middle band, {@code stochastic} its %K).
 */
final class IndicatorCatalog {

    /** The largest period accepted: the API reads at most this many bars of warm-up. */
    static final int MAX_PERIOD = 1000;

    private record Entry(int defaultPeriod, IntFunction<Indicator> factory) {}

    private static final Map<String, Entry> ENTRIES = new TreeMap<>(Map.ofEntries(
            Map.entry("sma", new Entry(20, SimpleMovingAverage::new)),
            Map.entry("ema", new Entry(20, ExponentialMovingAverage::new)),
            Map.entry("wma", new Entry(20, WeightedMovingAverage::new)),
            Map.entry("rsi", new Entry(14, RelativeStrengthIndex::new)),
            Map.entry("atr", new Entry(14, AverageTrueRange::new)),
            Map.entry("adx", new Entry(14, AverageDirectionalIndex::new)),
            Map.entry("roc", new Entry(12, RateOfChange::new)),
            Map.entry("stddev", new Entry(20, RollingStandardDeviation::new)),
            Map.entry("bollinger", new Entry(20, period -> new BollingerBands(period, 2.0))),
            Map.entry("donchian", new Entry(20, DonchianChannel::new)),
            Map.entry("stochastic", new Entry(14, period -> new StochasticOscillator(period, 3))),
            Map.entry("vwap", new Entry(20, VolumeWeightedAveragePrice::new)),
            Map.entry("macd", new Entry(0, period -> new Macd())),
            Map.entry("obv", new Entry(0, period -> new OnBalanceVolume()))));

    private IndicatorCatalog() {}

    /** An indicator with its period resolved: what {@link #create} builds. */
    record Choice(String name, int period, Indicator indicator) {}

    /**
     * The indicator {@code name} with {@code period} (its default when {@code null}).
     *
     * @throws ApiRequestException 400 naming {@code name} or {@code period}
     */
    static Choice create(String name, Integer period) {
        if (name == null || name.isBlank()) {
            throw ApiRequestException.badParameter("name", "name is required; one of " + names());
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        Entry entry = ENTRIES.get(key);
        if (entry == null) {
            throw ApiRequestException.badParameter(
                    "name", "unknown indicator '" + abbreviate(name) + "'; one of " + names());
        }
        if (entry.defaultPeriod() == 0) {
            if (period != null) {
                throw ApiRequestException.badParameter("period", key + " takes no period");
            }
            return new Choice(key, 0, entry.factory().apply(0));
        }
        int resolved = period == null ? entry.defaultPeriod() : period;
        if (resolved < 1 || resolved > MAX_PERIOD) {
            throw ApiRequestException.badParameter(
                    "period", "period must be between 1 and " + MAX_PERIOD + ", was " + resolved);
        }
        try {
            return new Choice(key, resolved, entry.factory().apply(resolved));
        } catch (IllegalArgumentException bad) {
            throw ApiRequestException.badParameter("period", bad.getMessage());
        }
    }

    static String names() {
        return String.join(", ", ENTRIES.keySet());
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
