package io.alphapulse.app.backtest;

import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.EquityCurve;
import io.alphapulse.engine.backtest.PerformanceMetrics;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.portfolio.RoundTrip;
import io.alphapulse.engine.strategy.ParameterSpec;
import io.alphapulse.engine.strategy.StrategyParameters;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a backtest result as the JSON document of ARCHITECTURE.md §5. Streaming, so two million
 * equity points cost no more memory than the result itself; deterministic, so the same result gives
 * the same bytes: fields in a fixed order, decimals in plain notation without trailing zeros, doubles
 * in Java's shortest round-trip form, undefined statistics as {@code null}. Times are epoch
 * milliseconds, money values JSON numbers.
 */
public final class BacktestJson {

    /** Writers close their generators; the stream belongs to the caller (or to AtomicFile). */
    static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private BacktestJson() {}

    /** The kind of each of {@code parameters}, which decides how its value is written. */
    public static Map<String, ParameterSpec.Kind> kinds(StrategyParameters parameters) {
        Map<String, ParameterSpec.Kind> kinds = new HashMap<>();
        for (String name : parameters.values().keySet()) {
            kinds.put(name, parameters.kind(name));
        }
        return kinds;
    }

    /** Writes {@code result} to {@code target} atomically. */
    public static void write(BacktestResult result, Map<String, ParameterSpec.Kind> parameterKinds, Path target) {
        AtomicFile.write(target, "JSON", out -> write(result, parameterKinds, out));
    }

    /** Writes {@code result} to {@code out} (not closed). */
    public static void write(BacktestResult result, Map<String, ParameterSpec.Kind> parameterKinds, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("strategy", result.strategy());
            json.writeStringProperty("symbol", result.instrumentId().symbol());
            json.writeStringProperty("venue", result.instrumentId().venue());
            json.writeStringProperty("timeframe", result.timeframe().toString());
            json.writeName("params");
            writeParameters(json, result, parameterKinds);
            json.writeNumberProperty("bars", result.bars());
            json.writeName("metrics");
            writeMetrics(json, result.metrics());
            json.writeName("trades");
            json.writeStartArray();
            for (RoundTrip trade : result.trades()) {
                writeTrade(json, trade);
            }
            json.writeEndArray();
            json.writeName("equity");
            writeEquity(json, result.equity());
            json.writeName("run");
            json.writeStartObject();
            json.writeNumberProperty("events", result.run().events());
            json.writeNumberProperty("wallMillis", result.run().wallMillis());
            json.writeNumberProperty("loadMillis", result.run().loadMillis());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    static void writeParameters(JsonGenerator json, BacktestResult result, Map<String, ParameterSpec.Kind> kinds) {
        json.writeStartObject();
        for (Map.Entry<String, String> parameter : result.parameters().entrySet()) {
            json.writeName(parameter.getKey());
            ParameterSpec.Kind kind = kinds.getOrDefault(parameter.getKey(), ParameterSpec.Kind.TEXT);
            if (kind == ParameterSpec.Kind.TEXT) {
                json.writeString(parameter.getValue());
            } else {
                json.writeNumber(new BigDecimal(parameter.getValue()).toPlainString());
            }
        }
        json.writeEndObject();
    }

    static void writeMetrics(JsonGenerator json, PerformanceMetrics metrics) {
        json.writeStartObject();
        money(json, "initialCash", metrics.initialCash());
        money(json, "finalEquity", metrics.finalEquity());
        ratio(json, "totalReturn", metrics.totalReturn());
        ratio(json, "maxDrawdown", metrics.maxDrawdown());
        ratio(json, "sharpe", metrics.sharpe());
        ratio(json, "sortino", metrics.sortino());
        json.writeNumberProperty("trades", metrics.trades());
        ratio(json, "winRate", metrics.winRate());
        ratio(json, "profitFactor", metrics.profitFactor());
        money(json, "feesPaid", metrics.feesPaid());
        ratio(json, "exposure", metrics.exposure());
        ratio(json, "cagr", metrics.cagr());
        ratio(json, "volatility", metrics.volatility());
        ratio(json, "calmar", metrics.calmar());
        json.writeNumberProperty("maxDrawdownDurationBars", metrics.maxDrawdownDurationBars());
        money(json, "averageTrade", metrics.averageTrade());
        ratio(json, "expectancy", metrics.expectancy());
        json.writeEndObject();
    }

    private static void writeTrade(JsonGenerator json, RoundTrip trade) {
        json.writeStartObject();
        json.writeNumberProperty("entryTime", Math.floorDiv(trade.entryTimeNanos(), 1_000_000L));
        json.writeNumberProperty("exitTime", Math.floorDiv(trade.exitTimeNanos(), 1_000_000L));
        json.writeStringProperty("side", trade.side().name().toLowerCase(java.util.Locale.ROOT));
        decimal(json, "quantity", trade.quantity().toBigDecimal());
        decimal(json, "entryPrice", trade.entryPrice().toBigDecimal());
        decimal(json, "exitPrice", trade.exitPrice().toBigDecimal());
        money(json, "pnl", trade.pnl());
        money(json, "fees", trade.fees());
        json.writeEndObject();
    }

    private static void writeEquity(JsonGenerator json, EquityCurve equity) {
        json.writeStartArray();
        int scale = equity.currency().scale();
        for (int i = 0; i < equity.size(); i++) {
            json.writeStartArray();
            json.writeNumber(Math.floorDiv(equity.timestampNanos(i), 1_000_000L));
            json.writeNumber(plain(BigDecimal.valueOf(equity.equityRaw(i), scale)));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void money(JsonGenerator json, String name, Money value) {
        decimal(json, name, value.toBigDecimal());
    }

    private static void decimal(JsonGenerator json, String name, BigDecimal value) {
        json.writeName(name);
        json.writeNumber(plain(value));
    }

    private static void ratio(JsonGenerator json, String name, double value) {
        json.writeName(name);
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
