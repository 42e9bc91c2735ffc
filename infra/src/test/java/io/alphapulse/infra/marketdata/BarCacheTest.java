package io.alphapulse.infra.marketdata;

import static io.alphapulse.infra.marketdata.CsvBarParserTest.assertSameBars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarCacheTest {

    private static final InstrumentId BTC = new InstrumentId("BTC-USDT", "sim");
    private static final String CSV = "timestamp,open,high,low,close,volume\n" + CsvBarParserTest.rows(300, 0);

    @TempDir
    Path directory;

    private Path csv;
    private final BarDataLoader loader = BarDataLoader.withCache();

    @BeforeEach
    void writeCsv() throws IOException {
        csv = directory.resolve("bars.csv");
        Files.writeString(csv, CSV);
    }

    @Test
    void secondLoad_readsTheCacheNextToTheCsv_andGetsTheSameBars() {
        LoadedBars first = load();
        LoadedBars second = load();

        assertThat(first.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(first.cacheDetail()).contains("no cache yet");
        assertThat(directory.resolve("bars.csv.apcache")).isRegularFile();
        assertThat(second.cacheStatus()).isEqualTo(CacheStatus.HIT);
        assertThat(second.cacheUsed()).isTrue();
        assertSameBars(second.series(), first.series());
    }

    @Test
    void cacheFile_hasTheDocumentedLayout() throws IOException {
        load();

        byte[] cache = Files.readAllBytes(directory.resolve("bars.csv.apcache"));
        int headerLength = 72; // 58 fixed bytes + "sim:BTC-USDT" (12), padded to a multiple of 8
        assertThat(new String(cache, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("APBC");
        assertThat(cache).hasSize(headerLength + 300 * 48 + 8);
        assertThat(new String(cache, 58, 12, StandardCharsets.UTF_8)).isEqualTo("sim:BTC-USDT");
    }

    @Test
    void changedCsv_makesTheCacheStale() throws IOException {
        load();
        Files.writeString(csv, CsvBarParserTest.rows(1, 300), StandardOpenOption.APPEND);

        LoadedBars reloaded = load();

        assertThat(reloaded.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(reloaded.cacheDetail()).contains("stale");
        assertThat(reloaded.rows()).isEqualTo(301);
        assertThat(load().cacheStatus()).isEqualTo(CacheStatus.HIT);
    }

    @Test
    void sameSizeAndModificationTime_butOtherContent_isCaughtByTheFingerprint() throws IOException {
        load();
        FileTime modified = Files.getLastModifiedTime(csv);
        Files.writeString(csv, CSV.replace("2024-01-01T00:00:00Z,100.0", "2024-01-01T00:00:00Z,100.1"));
        Files.setLastModifiedTime(csv, modified);

        LoadedBars reloaded = load();

        assertThat(reloaded.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(reloaded.series().openRaw(0)).isEqualTo(1001);
    }

    @Test
    void corruptCache_isIgnoredAndRewritten() throws IOException {
        LoadedBars original = load();
        Path cache = directory.resolve("bars.csv.apcache");
        try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int value = file.read();
            file.seek(file.length() / 2);
            file.write(value ^ 0x40);
        }

        LoadedBars reloaded = load();

        assertThat(reloaded.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(reloaded.cacheDetail()).contains("checksum mismatch");
        assertSameBars(reloaded.series(), original.series());
        assertThat(load().cacheStatus()).isEqualTo(CacheStatus.HIT);
    }

    @Test
    void truncatedCache_isIgnoredAndRewritten() throws IOException {
        load();
        Path cache = directory.resolve("bars.csv.apcache");
        try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
            file.setLength(file.length() - 9);
        }

        LoadedBars reloaded = load();

        assertThat(reloaded.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(reloaded.rows()).isEqualTo(300);
    }

    @Test
    void cacheCutInsideItsHeader_orForeignBytes_areIgnored() throws IOException {
        load();
        Path cache = directory.resolve("bars.csv.apcache");
        Files.write(cache, new byte[] {'A', 'P', 'B', 'C', 1});
        assertThat(load().cacheStatus()).isEqualTo(CacheStatus.WRITTEN);

        Files.writeString(cache, "not a cache at all, but long enough to hold a header of fifty-eight bytes or more");
        assertThat(load().cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(load().cacheStatus()).isEqualTo(CacheStatus.HIT);
    }

    @Test
    void otherInstrumentTimeframeOrScale_missesTheCache() {
        load();

        LoadedBars otherInstrument =
                loader.load(csv.toString(), new InstrumentId("ETH-USDT", "sim"), Timeframe.ONE_MINUTE);
        LoadedBars otherTimeframe =
                loader.load(csv.toString(), new InstrumentId("ETH-USDT", "sim"), Timeframe.FIVE_MINUTES);
        LoadedBars otherScale = loader.load(
                csv.toString(),
                new InstrumentId("ETH-USDT", "sim"),
                Timeframe.FIVE_MINUTES,
                OptionalInt.of(4),
                OptionalInt.empty());

        assertThat(otherInstrument.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(otherInstrument.series().instrumentId()).isEqualTo(new InstrumentId("ETH-USDT", "sim"));
        assertThat(otherTimeframe.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(otherTimeframe.series().timeframe()).isEqualTo(Timeframe.FIVE_MINUTES);
        assertThat(otherScale.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(otherScale.series().priceScale()).isEqualTo(4);
    }

    @Test
    void explicitScale_equalToTheInferredOne_isServedByTheCache() {
        LoadedBars inferred = load();

        LoadedBars explicit = loader.load(
                csv.toString(),
                BTC,
                Timeframe.ONE_MINUTE,
                OptionalInt.of(inferred.series().priceScale()),
                OptionalInt.of(inferred.series().sizeScale()));

        assertThat(explicit.cacheStatus()).isEqualTo(CacheStatus.HIT);
    }

    @Test
    void inferringRequest_isNotServedByACacheOfExplicitScales() {
        loader.load(csv.toString(), BTC, Timeframe.ONE_MINUTE, OptionalInt.of(5), OptionalInt.empty());

        LoadedBars inferred = load();

        assertThat(inferred.cacheStatus()).isEqualTo(CacheStatus.WRITTEN);
        assertThat(inferred.series().priceScale()).isEqualTo(1);
    }

    @Test
    void cachePathThatCannotBeWritten_stillLoads() throws IOException {
        // A directory squatting on the cache's name: the move into place fails even for root.
        Files.createDirectories(directory.resolve("bars.csv.apcache").resolve("occupied"));

        LoadedBars first = load();
        LoadedBars second = load();

        assertThat(first.cacheStatus()).isEqualTo(CacheStatus.UNAVAILABLE);
        assertThat(first.cacheDetail()).startsWith("cannot write ");
        assertThat(first.rows()).isEqualTo(300);
        assertThat(second.cacheStatus()).isEqualTo(CacheStatus.UNAVAILABLE);
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("bars.csv", "bars.csv.apcache");
        }
    }

    @Test
    void readOnlyDirectory_stillLoads() throws IOException {
        Path readOnly = Files.createDirectory(directory.resolve("read-only"));
        Path file = Files.writeString(readOnly.resolve("bars.csv"), CSV);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(canCreateFileIn(readOnly))
                    .as("permissions are enforced for this user (they are not for root)")
                    .isFalse();

            LoadedBars loaded = loader.load(file.toString(), BTC, Timeframe.ONE_MINUTE);

            assertThat(loaded.cacheStatus()).isEqualTo(CacheStatus.UNAVAILABLE);
            assertThat(loaded.rows()).isEqualTo(300);
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void loaderWithoutCache_neitherReadsNorWritesOne() {
        LoadedBars loaded = BarDataLoader.withoutCache().load(csv.toString(), BTC, Timeframe.ONE_MINUTE);

        assertThat(loaded.cacheStatus()).isEqualTo(CacheStatus.NOT_USED);
        assertThat(directory.resolve("bars.csv.apcache")).doesNotExist();
    }

    private LoadedBars load() {
        return loader.load(csv.toString(), BTC, Timeframe.ONE_MINUTE);
    }

    private static boolean canCreateFileIn(Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
