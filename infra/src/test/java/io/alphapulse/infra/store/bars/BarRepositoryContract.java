package io.alphapulse.infra.store.bars;

import static io.alphapulse.infra.store.bars.GeneratedBars.BTC;
import static io.alphapulse.infra.store.bars.GeneratedBars.START_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the bar store must do, on SQLite and on PostgreSQL alike. */
abstract class BarRepositoryContract {

    private static final Instant START = Instant.ofEpochMilli(START_MILLIS);

    protected TestDatabase store;
    protected BarRepository bars;

    protected abstract TestDatabase createStore();

    /** Makes the store reject the insert of the bar opening at {@code openTimeMillis}. */
    protected abstract void failInsertAt(Connection connection, long openTimeMillis) throws SQLException;

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        bars = BarRepository.on(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void upsert_ofTheSameSeriesTwice_leavesOneCopy() throws SQLException {
        BarSeries series = GeneratedBars.minutes(1_000);

        assertThat(bars.upsert(series)).isEqualTo(1_000);
        assertThat(bars.upsert(series)).isEqualTo(1_000);

        assertThat(bars.count(BTC, Timeframe.ONE_MINUTE)).isEqualTo(1_000);
        assertSameBars(bars.read(BTC, Timeframe.ONE_MINUTE, START, START.plusSeconds(60_000)), series);
    }

    @Test
    void upsert_ofChangedBars_replacesTheirValues_andKeepsTheOthers() throws SQLException {
        bars.upsert(GeneratedBars.minutes(100));
        BarSeries changed = GeneratedBars.series(BTC, Timeframe.ONE_MINUTE, START_MILLIS + 50 * 60_000L, 100, 2, 8, 7);

        bars.upsert(changed);

        BarSeries stored = bars.read(BTC, Timeframe.ONE_MINUTE, START, START.plusSeconds(60 * 1_000));
        assertThat(stored.size()).isEqualTo(150);
        assertSameBars(stored.slice(0, 50), GeneratedBars.minutes(50));
        assertSameBars(stored.slice(50, 150), changed);
    }

    @Test
    void read_includesTheFromBar_andExcludesTheToBar() throws SQLException {
        bars.upsert(GeneratedBars.minutes(10));

        BarSeries range = bars.read(BTC, Timeframe.ONE_MINUTE, START.plusSeconds(120), START.plusSeconds(300));

        assertThat(range.size()).isEqualTo(3);
        assertThat(range.openTimeNanos(0)).isEqualTo((START_MILLIS + 120_000) * 1_000_000L);
        assertThat(range.openTimeNanos(2)).isEqualTo((START_MILLIS + 240_000) * 1_000_000L);
    }

    @Test
    void read_ofARangeWithoutBars_isEmpty_atTheStoredScales() throws SQLException {
        bars.upsert(GeneratedBars.minutes(10));

        BarSeries before = bars.read(BTC, Timeframe.ONE_MINUTE, START.minusSeconds(600), START);
        BarSeries otherTimeframe = bars.read(BTC, Timeframe.ONE_HOUR, START, START.plusSeconds(600));

        assertThat(before.isEmpty()).isTrue();
        assertThat(before.priceScale()).isEqualTo(2);
        assertThat(before.sizeScale()).isEqualTo(8);
        assertThat(otherTimeframe.isEmpty()).isTrue();
    }

    @Test
    void read_returnsTheScalesTheSeriesWasStoredAt() throws SQLException {
        InstrumentId eth = new InstrumentId("ETH-USDT", "sim");
        BarSeries cents = GeneratedBars.series(BTC, Timeframe.ONE_MINUTE, START_MILLIS, 5, 2, 3, 0);
        BarSeries fine = GeneratedBars.series(eth, Timeframe.ONE_MINUTE, START_MILLIS, 5, 9, 0, 0);

        bars.upsert(cents);
        bars.upsert(fine);

        assertSameBars(bars.read(BTC, Timeframe.ONE_MINUTE, START, START.plusSeconds(300)), cents);
        assertSameBars(bars.read(eth, Timeframe.ONE_MINUTE, START, START.plusSeconds(300)), fine);
    }

    @Test
    void upsert_atOtherScalesThanTheStoredBars_isRefused_namingBoth() throws SQLException {
        bars.upsert(GeneratedBars.minutes(5));
        BarSeries otherScale = GeneratedBars.series(BTC, Timeframe.ONE_MINUTE, START_MILLIS + 600_000, 5, 4, 8, 0);

        assertThatThrownBy(() -> bars.upsert(otherScale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:BTC-USDT 1m")
                .hasMessageContaining("price scale 2")
                .hasMessageContaining("price scale 4");
        assertThat(bars.count(BTC, Timeframe.ONE_MINUTE)).isEqualTo(5);
    }

    @Test
    void upsert_ofAnOpenTimeFinerThanAMillisecond_isRefused() {
        BarSeries series = BarSeries.builder(BTC, Timeframe.ONE_MINUTE, 2, 8, 1)
                .add(START_MILLIS * 1_000_000L + 1, 100, 100, 100, 100, 1)
                .build();

        assertThatThrownBy(() -> bars.upsert(series))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a whole millisecond");
    }

    @Test
    void upsert_failingMidway_leavesNoneOfTheSeries() throws SQLException {
        BarSeries series = GeneratedBars.minutes(200_000);
        try (Connection connection = store.database().connection()) {
            failInsertAt(connection, START_MILLIS + 150_000 * 60_000L);
        }

        assertThatThrownBy(() -> bars.upsert(series)).isInstanceOf(SQLException.class);

        assertThat(bars.count(BTC, Timeframe.ONE_MINUTE)).isZero();
    }

    @Test
    void upsert_failingMidwayThroughAnUpdate_keepsTheStoredBars() throws SQLException {
        BarSeries stored = GeneratedBars.minutes(200_000);
        bars.upsert(stored);
        try (Connection connection = store.database().connection()) {
            failInsertAt(connection, START_MILLIS + 150_000 * 60_000L);
        }
        BarSeries changed = GeneratedBars.series(BTC, Timeframe.ONE_MINUTE, START_MILLIS, 200_000, 2, 8, 3);

        assertThatThrownBy(() -> bars.upsert(changed)).isInstanceOf(SQLException.class);

        assertSameBars(bars.read(BTC, Timeframe.ONE_MINUTE, START, START.plusSeconds(60L * 200_000)), stored);
    }

    @Test
    void upsert_ofASeriesNotAMultipleOfTheStatementSize_storesEveryBar() throws SQLException {
        BarSeries series = GeneratedBars.minutes(SqliteBarRepository.ROWS_PER_STATEMENT * 3 + 7);

        bars.upsert(series);

        assertSameBars(bars.read(BTC, Timeframe.ONE_MINUTE, START, START.plusSeconds(60L * 1_000)), series);
    }

    @Test
    void upsert_reportsProgress_endingAtTheSeriesSize() throws SQLException {
        List<Long> reports = new ArrayList<>();

        bars.upsert(GeneratedBars.minutes(50_000), reports::add);

        assertThat(reports).isNotEmpty().isSorted();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(50_000L);
    }

    @Test
    void firstAndLastOpenTime_spanTheStoredBars_andAreEmptyWithoutBars() throws SQLException {
        assertThat(bars.firstOpenTime(BTC, Timeframe.ONE_MINUTE)).isEmpty();
        assertThat(bars.lastOpenTime(BTC, Timeframe.ONE_MINUTE)).isEmpty();

        bars.upsert(GeneratedBars.minutes(60));

        assertThat(bars.firstOpenTime(BTC, Timeframe.ONE_MINUTE)).contains(START);
        assertThat(bars.lastOpenTime(BTC, Timeframe.ONE_MINUTE)).contains(START.plusSeconds(59 * 60));
    }

    @Test
    void count_coversOneInstrumentAndTimeframe_only() throws SQLException {
        bars.upsert(GeneratedBars.minutes(30));
        bars.upsert(GeneratedBars.series(BTC, Timeframe.ONE_HOUR, START_MILLIS, 7, 2, 8, 0));

        assertThat(bars.count(BTC, Timeframe.ONE_MINUTE)).isEqualTo(30);
        assertThat(bars.count(BTC, Timeframe.ONE_HOUR)).isEqualTo(7);
        assertThat(bars.count(new InstrumentId("BTC-USDT", "binance"), Timeframe.ONE_MINUTE))
                .isZero();
    }

    @Test
    void read_ofManyBars_returnsThemAllInOrder() throws SQLException {
        BarSeries series = GeneratedBars.minutes(120_000);
        bars.upsert(series);

        BarSeries stored = bars.read(BTC, Timeframe.ONE_MINUTE, Instant.EPOCH, START.plusSeconds(10_000_000));

        assertSameBars(stored, series);
    }

    protected Database database() {
        return store.database();
    }

    static void assertSameBars(BarSeries actual, BarSeries expected) {
        assertThat(actual.instrumentId()).isEqualTo(expected.instrumentId());
        assertThat(actual.timeframe()).isEqualTo(expected.timeframe());
        assertThat(actual.priceScale()).as("price scale").isEqualTo(expected.priceScale());
        assertThat(actual.sizeScale()).as("volume scale").isEqualTo(expected.sizeScale());
        assertThat(actual.size()).as("size").isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.bar(i)).as("bar %d", i).isEqualTo(expected.bar(i));
        }
    }
}
