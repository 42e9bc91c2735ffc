package io.alphapulse.app.backtest;

import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.strategy.ParameterSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a parameter sweep as JSON: the runs best first, each with its parameters and the metrics of
 * ARCHITECTURE.md §5, plus the combinations that were skipped and why.
 */
public final class SweepJson {

    private SweepJson() {}

    public static void write(
            List<BacktestResult> ranked,
            List<String> skipped,
            String rankBy,
            Map<String, ParameterSpec.Kind> parameterKinds,
            Path target) {
        BacktestResult first = ranked.get(0);
        AtomicFile.write(target, "JSON", out -> {
            try (JsonGenerator json = BacktestJson.FACTORY.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringProperty("strategy", first.strategy());
                json.writeStringProperty("symbol", first.instrumentId().symbol());
                json.writeStringProperty("venue", first.instrumentId().venue());
                json.writeStringProperty("timeframe", first.timeframe().toString());
                json.writeNumberProperty("bars", first.bars());
                json.writeStringProperty("rankBy", rankBy);
                json.writeName("runs");
                json.writeStartArray();
                for (BacktestResult result : ranked) {
                    json.writeStartObject();
                    json.writeName("params");
                    BacktestJson.writeParameters(json, result, parameterKinds);
                    json.writeName("metrics");
                    BacktestJson.writeMetrics(json, result.metrics());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeName("skipped");
                json.writeStartArray();
                for (String reason : skipped) {
                    json.writeString(reason);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }
}
