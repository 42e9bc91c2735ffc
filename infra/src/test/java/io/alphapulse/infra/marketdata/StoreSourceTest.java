package io.alphapulse.infra.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.bars.BarRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSourceTest {

    private static final InstrumentId BTC_USDT = new InstrumentId("BTC-USDT", "sim");
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path directory;

    private DatabaseSettings settings;
    private BarDataLoader loader;

    @BeforeEach
    void storeTenMinutes() throws Exception {
        settings = new DatabaseSettings("jdbc:sqlite:" + directory.resolve("store.db"), null, null);
        loader = BarDataLoader.withoutCache().withStore(settings);
        BarSeries.Builder builder = BarSeries.builder(BTC_USDT, Timeframe.ONE_MINUTE, 2, 3, 10);
        for (int i = 0; i < 10; i++) {
            long nanos = START.plusSeconds(60L * i).toEpochMilli() * 1_000_000L;
            builder.add(nanos, 10_000 + i, 10_100 + i, 9_900 + i, 10_050 + i, 1_000 + i);
        }
        try (Database database = Database.open(settings)) {
            database.migrate();
            BarRepository.on(database).upsert(builder.build());
        }
    }

    @Test
    void dbSpec_withoutARange_loadsEveryStoredBar_atTheStoredScales() {
        LoadedBars loaded = loader.load("db:BTC-USDT:1m", BTC_USDT, Timeframe.ONE_MINUTE);

        assertThat(loaded.rows()).isEqualTo(10);
        assertThat(loaded.series().priceScale()).isEqualTo(2);
        assertThat(loaded.series().sizeScale()).isEqualTo(3);
        assertThat(loaded.source()).isEqualTo("db:BTC-USDT:1m");
    }

    @Test
    void dbSpec_withARange_loadsTheBarsOpeningInIt() {
        LoadedBars loaded = load("db:sim:BTC-USDT:1m", new TimeRange(START.plusSeconds(120), START.plusSeconds(300)));

        assertThat(loaded.rows()).isEqualTo(3);
        assertThat(loaded.series().openTimeNanos(0))
                .isEqualTo(START.plusSeconds(120).toEpochMilli() * 1_000_000L);
    }

    @Test
    void dbSpec_withAnOpenEndedRange_loadsUpToTheLastBar() {
        assertThat(load("db:BTC-USDT:1m", new TimeRange(START.plusSeconds(540), null))
                        .rows())
                .isEqualTo(1);
        assertThat(load("db:BTC-USDT:1m", new TimeRange(null, START.plusSeconds(60)))
                        .rows())
                .isEqualTo(1);
    }

    @Test
    void dbSpec_withoutBarsInTheRange_isRefused_namingStoreMarketAndRange() {
        TimeRange february =
                new TimeRange(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"));

        assertThatThrownBy(() -> load("db:BTC-USDT:1m", february))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no sim:BTC-USDT 1m bars in the store " + settings.url())
                .hasMessageContaining("from 2024-02-01T00:00:00Z to 2024-03-01T00:00:00Z");
    }

    @Test
    void dbSpec_ofAnUnstoredMarket_isRefused() {
        InstrumentId eth = new InstrumentId("ETH-USDT", "sim");

        assertThatThrownBy(() -> loader.load("db:ETH-USDT:1m", eth, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no sim:ETH-USDT 1m bars");
    }

    @Test
    void dbSpec_disagreeingWithTheRequest_isRefused() {
        assertThatThrownBy(() -> loader.load("db:BTC-USDT:1h", BTC_USDT, Timeframe.ONE_MINUTE))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("db:sim:BTC-USDT:1h holds sim:BTC-USDT 1h bars, not sim:BTC-USDT 1m");
    }

    @Test
    void timeRange_onACsvFile_isRefused() {
        TimeRange range = new TimeRange(START, START.plusSeconds(60));

        assertThatThrownBy(() -> load("bars.csv", range))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("selects stored bars only");
    }

    @Test
    void storeSpec_parsesSymbolTimeframe_andAnOptionalVenue() {
        assertThat(StoreBarSpec.parse("db:BTC-USDT:1m")).isEqualTo(new StoreBarSpec(BTC_USDT, Timeframe.ONE_MINUTE));
        assertThat(StoreBarSpec.parse("db:binance:ETH-USDT:4h"))
                .isEqualTo(new StoreBarSpec(new InstrumentId("ETH-USDT", "binance"), Timeframe.FOUR_HOURS));
    }

    @Test
    void storeSpec_ofAnotherShape_isRefusedNamingIt() {
        assertThatThrownBy(() -> StoreBarSpec.parse("db:BTC-USDT"))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("'db:BTC-USDT'");
        assertThatThrownBy(() -> StoreBarSpec.parse("db:BTC-USDT:7x"))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("invalid store data spec 'db:BTC-USDT:7x'");
    }

    @Test
    void timeRange_endingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> new TimeRange(START, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before its end");
    }

    private LoadedBars load(String spec, TimeRange range) {
        return loader.load(spec, BTC_USDT, Timeframe.ONE_MINUTE, OptionalInt.empty(), OptionalInt.empty(), range);
    }
}
