package io.alphapulse.infra.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleDataTest {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean(SampleDataGenerator.REGENERATE_PROPERTY)) {
            SampleDataGenerator.main(new String[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(SampleData.class)
    void shippedFile_isExactlyWhatTheGeneratorProduces(SampleData sample) throws IOException {
        String shipped;
        try (InputStream input = sample.openCsv()) {
            shipped = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(shipped)
                .as(
                        "%s differs from SampleDataGenerator's output; regenerate with -D%s=true",
                        sample.resourceName(), SampleDataGenerator.REGENERATE_PROPERTY)
                .isEqualTo(SampleDataGenerator.generate(sample));
    }

    @Test
    void names_listEverySampleInOrder() {
        assertThat(SampleData.names()).containsExactly("btc-1m", "aapl-1d");
        assertThat(SampleData.named("btc-1m")).isEqualTo(SampleData.BTC_1M);
        assertThat(SampleData.AAPL_1D.spec()).isEqualTo("sample:aapl-1d");
    }

    @Test
    void named_unknownName_listsTheAvailableOnes() {
        assertThatThrownBy(() -> SampleData.named("x"))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("unknown sample 'x'; available: btc-1m, aapl-1d");
    }

    @Test
    void bitcoinSample_isBitstampMinuteBarsOfTheTrades() {
        BarSeries series = SampleData.BTC_1M.load();

        assertThat(series.instrumentId()).isEqualTo(new InstrumentId("BTC-USD", "bitstamp"));
        assertThat(series.timeframe()).isEqualTo(Timeframe.ONE_MINUTE);
        assertThat(series.priceScale()).isEqualTo(2);
        assertThat(series.sizeScale()).isEqualTo(8);
        assertThat(series.size()).isEqualTo(9_399);
        // The trades of 2013-11-25 00:00, summed by hand from the ta4j file.
        assertBar(series, 0, "2013-11-25T00:00:00Z", 80_001, 80_747, 80_001, 80_747, 285_664_446);
        assertBar(series, 1, "2013-11-25T00:01:00Z", 80_700, 80_700, 80_699, 80_699, 33_151_179);
        assertBar(series, 9_398, "2013-12-01T16:02:00Z", 99_900, 99_900, 99_422, 99_900, 137_000_000);
    }

    @Test
    void appleSample_isTheDailyBarsOf2013() {
        BarSeries series = SampleData.AAPL_1D.load();

        assertThat(series.instrumentId()).isEqualTo(new InstrumentId("AAPL", "nasdaq"));
        assertThat(series.timeframe()).isEqualTo(Timeframe.ONE_DAY);
        assertThat(series.priceScale()).isEqualTo(2);
        assertThat(series.sizeScale()).isZero();
        assertThat(series.size()).isEqualTo(252);
        assertBar(series, 0, "2013-01-02T00:00:00Z", 55_382, 55_500, 54_163, 54_903, 20_018_500);
        assertBar(series, 251, "2013-12-31T00:00:00Z", 55_417, 56_128, 55_400, 56_102, 7_967_300);
    }

    @ParameterizedTest
    @EnumSource(SampleData.class)
    void inferredScales_areTheSamplesDeclaredScales(SampleData sample) {
        LoadedBars loaded = BarDataLoader.withCache().load(sample.spec(), sample.instrumentId(), sample.timeframe());

        assertThat(loaded.series().priceScale()).isEqualTo(sample.priceScale());
        assertThat(loaded.series().sizeScale()).isEqualTo(sample.sizeScale());
        assertThat(loaded.cacheStatus()).isEqualTo(CacheStatus.NOT_USED);
    }

    @Test
    void attribution_shipsWithTheSamples() {
        assertThat(SampleData.class.getResource("samples/ATTRIBUTION.md")).isNotNull();
        Path source = SampleDataGenerator.SOURCE_DIRECTORY.resolve("samples/ATTRIBUTION.md");
        if (Files.exists(source)) {
            assertThat(source).content().contains("MIT License", "Ta4j Organization", "Bitstamp", "Apple Inc.");
        }
    }

    private static void assertBar(
            BarSeries series, int index, String openTime, long open, long high, long low, long close, long volume) {
        Instant time = Instant.parse(openTime);
        assertThat(series.openTimeNanos(index)).isEqualTo(time.getEpochSecond() * NANOS_PER_SECOND);
        assertThat(new long[] {
                    series.openRaw(index),
                    series.highRaw(index),
                    series.lowRaw(index),
                    series.closeRaw(index),
                    series.volumeRaw(index)
                })
                .as("bar %d", index)
                .containsExactly(open, high, low, close, volume);
    }
}
