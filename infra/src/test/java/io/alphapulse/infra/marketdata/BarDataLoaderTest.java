package io.alphapulse.infra.marketdata;

import static io.alphapulse.infra.marketdata.CsvBarParserTest.assertSameBars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarDataLoaderTest {

    private static final InstrumentId BTC_USDT = new InstrumentId("BTC-USDT", "sim");
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";

    @TempDir
    Path directory;

    private final BarDataLoader loader = BarDataLoader.withCache();

    @Test
    void largeFile_loads_andTheSecondLoadUsesTheCache() throws IOException {
        int rows = 200_000;
        Path csv = directory.resolve("large.csv");
        writeRandomWalk(csv, rows);

        LoadedBars first = loader.load(csv.toString(), BTC_USDT, Timeframe.ONE_MINUTE);
        LoadedBars second = loader.load(csv.toString(), BTC_USDT, Timeframe.ONE_MINUTE);

        assertThat(first.rows()).isEqualTo(rows);
        assertThat(first.cacheUsed()).isFalse();
        assertThat(first.series().priceScale()).isEqualTo(2);
        assertThat(first.series().sizeScale()).isEqualTo(8);
        assertThat(first.series().openTimeNanos(rows - 1) - first.series().openTimeNanos(0))
                .isEqualTo((rows - 1) * 60_000_000_000L);
        assertThat(second.cacheUsed()).isTrue();
        assertThat(second.source()).isEqualTo(csv.toString());
        assertSameBars(second.series(), first.series());
    }

    @Test
    void sample_loadsUnderTheCallersVenue() {
        LoadedBars loaded = loader.load("sample:btc-1m", new InstrumentId("BTC-USD", "sim"), Timeframe.ONE_MINUTE);

        assertThat(loaded.series().instrumentId()).isEqualTo(new InstrumentId("BTC-USD", "sim"));
        assertThat(loaded.rows()).isEqualTo(9_399);
        assertThat(loaded.source()).isEqualTo("sample:btc-1m");
        assertThat(loaded.cacheStatus()).isEqualTo(CacheStatus.NOT_USED);
    }

    @Test
    void sample_atAnInstrumentsFinerScale() {
        Instrument instrument =
                Instrument.of(new InstrumentId("BTC-USD", "sim"), Currency.BTC, Currency.USD, "0.001", "0.00001", "1");

        LoadedBars loaded = loader.load("sample:btc-1m", instrument, Timeframe.ONE_MINUTE);

        assertThat(loaded.series().priceScale()).isEqualTo(3);
        assertThat(loaded.series().openRaw(0)).isEqualTo(800_010);
        assertThat(loaded.series().sizeScale()).isEqualTo(8);
    }

    @Test
    void sample_withAnotherSymbol_isRefused() {
        assertThatThrownBy(() -> loader.load("sample:btc-1m", BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("sample:btc-1m holds BTC-USD bars, not BTC-USDT");
    }

    @Test
    void sample_withAnotherTimeframe_isRefused() {
        assertThatThrownBy(() -> loader.load("sample:aapl-1d", new InstrumentId("AAPL", "sim"), Timeframe.ONE_HOUR))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("sample:aapl-1d has 1d bars, not 1h");
    }

    @Test
    void unknownSample_listsTheAvailableOnes() {
        assertThatThrownBy(() -> loader.load("sample:x", BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("unknown sample 'x'; available: btc-1m, aapl-1d");
    }

    @Test
    void missingFile_isNamed() {
        String path = directory.resolve("x.csv").toString();

        assertThatThrownBy(() -> loader.load(path, BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("no such file: " + path);
    }

    @Test
    void directory_isNotACsvFile() {
        assertThatThrownBy(() -> loader.load(directory.toString(), BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage(directory + " is a directory, not a CSV file");
    }

    @Test
    void errorsInAFile_nameTheFileAsGiven() throws IOException {
        Path csv = Files.writeString(directory.resolve("bars.csv"), HEADER + "2024-01-01T00:00:00Z,1,1,1,x,1\n");

        assertThatThrownBy(() -> loader.load(csv.toString(), BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage(csv + ":2: 'x' is not a number (column close)");
        assertThat(directory.resolve("bars.csv.apcache")).doesNotExist();
    }

    @Test
    void emptyFile_isRefused() throws IOException {
        Path csv = Files.createFile(directory.resolve("empty.csv"));

        assertThatThrownBy(() -> loader.load(csv.toString(), BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessageStartingWith(csv + ":1: the file is empty");
    }

    @Test
    void filePrefix_andAPathWithAColon_areFiles() throws IOException {
        Path csv = Files.writeString(directory.resolve("bars.csv"), HEADER + "2024-01-01T00:00:00Z,1,1,1,1,1\n");
        Path colon = Files.writeString(directory.resolve("btc:usd.csv"), HEADER + "2024-01-01T00:00:00Z,1,1,1,1,1\n");

        assertThat(loader.load("file:" + csv, BTC_USDT, Timeframe.ONE_MINUTE).rows())
                .isEqualTo(1);
        assertThat(loader.load(colon.toString(), BTC_USDT, Timeframe.ONE_MINUTE).rows())
                .isEqualTo(1);
    }

    @Test
    void unknownKindOfSource_isRefusedByName() {
        assertThatThrownBy(() -> loader.load("kafka:bars", BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("unknown data source 'kafka:bars': use a CSV file path, file:PATH, db:SYMBOL:TIMEFRAME"
                        + " or sample:NAME (btc-1m, aapl-1d)");
    }

    @Test
    void blankSpec_isRefused() {
        assertThatThrownBy(() -> loader.load(" ", BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("no data source given: use a CSV file path, sample:NAME or db:SYMBOL:TF");
    }

    @Test
    void scaleOutsideTheRange_isAProgrammingError() {
        assertThatThrownBy(() -> loader.load(
                        "sample:btc-1m", BTC_USDT, Timeframe.ONE_MINUTE, OptionalInt.of(10), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price scale must be 0..9, was 10");
    }

    /** A deterministic random walk in cents with 8-decimal volumes, one bar a minute. */
    private static void writeRandomWalk(Path csv, int rows) throws IOException {
        long seed = 42;
        long price = 4_200_000;
        long time = 1_704_067_200_000L;
        try (BufferedWriter writer = Files.newBufferedWriter(csv)) {
            writer.write(HEADER);
            for (int i = 0; i < rows; i++) {
                seed = seed * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
                long step = (seed >>> 40) % 2_001 - 1_000;
                long open = price;
                long close = Math.max(100, open + step);
                long high = Math.max(open, close) + (seed >>> 20) % 500;
                long low = Math.max(1, Math.min(open, close) - (seed >>> 30) % 500);
                long volume = (seed >>> 11) % 10_000_000_000L;
                writer.write(time + 60_000L * i + "," + cents(open) + "," + cents(high) + "," + cents(low) + ","
                        + cents(close) + "," + volume / 100_000_000 + "." + String.format("%08d", volume % 100_000_000)
                        + "\n");
                price = close;
            }
        }
    }

    private static String cents(long value) {
        return value / 100 + "." + String.format("%02d", value % 100);
    }
}
