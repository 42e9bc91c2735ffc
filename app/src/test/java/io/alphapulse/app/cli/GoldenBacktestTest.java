package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.backtest.BacktestJson;
import io.alphapulse.app.backtest.InstrumentResolver;
import io.alphapulse.engine.backtest.BacktestEngine;
import io.alphapulse.engine.backtest.BacktestResult;
import io.alphapulse.engine.backtest.BacktestSettings;
import io.alphapulse.engine.backtest.ProgressListener;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.strategy.ParameterSpec;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import io.alphapulse.infra.marketdata.BarDataLoader;
import io.alphapulse.infra.marketdata.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Determinism guarded by golden files: each built-in strategy on the bundled BTC sample, with a fixed
 * timing source, must produce exactly the committed JSON, byte for byte. A change to fills, fees,
 * accounting or metrics shows up here first. Regenerate deliberately with {@code
 * -Dalphapulse.regenerateGolden=true} and review the diff.
 */
class GoldenBacktestTest {

    @ParameterizedTest
    @ValueSource(strings = {"sma-cross", "rsi-reversion", "ensemble"})
    void bundledSample_producesTheGoldenJson(String strategy) throws IOException {
        byte[] actual = run(strategy);
        assertThat(run(strategy)).as("a second run gives the same bytes").isEqualTo(actual);

        Path golden = Path.of("src/test/resources/golden", strategy + "-btc-1m.json");
        if (Boolean.getBoolean("alphapulse.regenerateGolden")) {
            Files.write(golden, actual);
        }
        try (InputStream expected =
                GoldenBacktestTest.class.getResourceAsStream("/golden/" + strategy + "-btc-1m.json")) {
            assertThat(expected).as("golden file for " + strategy).isNotNull();
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static byte[] run(String strategy) {
        BarSeries bars = BarDataLoader.withoutCache()
                .load(
                        SampleData.PREFIX + "btc-1m",
                        new InstrumentId("BTC-USD", "sim"),
                        SampleData.named("btc-1m").timeframe())
                .series();
        Instrument instrument = InstrumentResolver.forSeries(bars);
        StrategyCatalog catalog = StrategyCatalog.builtIn();
        StrategyParameters parameters = catalog.parameters(strategy, Map.of());
        BacktestSettings settings = new BacktestSettings(
                instrument, Money.of("10000", instrument.quoteCurrency()), BigDecimal.TEN, BigDecimal.ZERO, null);
        BacktestResult result =
                new BacktestEngine(catalog, () -> 0L).run(bars, parameters, settings, ProgressListener.NONE, 0);
        Map<String, ParameterSpec.Kind> kinds = new HashMap<>();
        parameters.values().keySet().forEach(name -> kinds.put(name, parameters.kind(name)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BacktestJson.write(result, kinds, out);
        return out.toByteArray();
    }
}
