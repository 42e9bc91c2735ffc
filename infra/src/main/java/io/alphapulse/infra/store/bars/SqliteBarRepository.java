package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Bars on SQLite: prepared multi-row upserts in one transaction on the single writer connection. A
 * statement carries {@value #ROWS_PER_STATEMENT} rows, because each statement execution is a round
 * trip through the driver's native layer, and that, not SQLite, is what dominates a row-at-a-time
 * batch. Unchanged rows are left untouched, so a re-import of the same data writes almost nothing.
 * A killed import never committed, so SQLite drops it from the write-ahead log at the next open.
 */
final class SqliteBarRepository implements BarRepository {

    /** Rows per statement: 1,000 parameters, well inside SQLite's limit of 32,766. */
    static final int ROWS_PER_STATEMENT = 100;

    /** Rows between progress reports. */
    private static final int PROGRESS_EVERY = 10_000;

    private static final int COLUMNS = 10;

    private final Database database;

    SqliteBarRepository(Database database) {
        this.database = database;
    }

    @Override
    public int upsert(BarSeries series, LongConsumer progress) throws SQLException {
        return database.inTransaction(connection -> {
            BarRows.checkWritable(connection, series);
            int size = series.size();
            int whole = size - size % ROWS_PER_STATEMENT;
            try (PreparedStatement full = connection.prepareStatement(upsert(ROWS_PER_STATEMENT))) {
                for (int start = 0; start < whole; start += ROWS_PER_STATEMENT) {
                    bind(full, series, start, ROWS_PER_STATEMENT);
                    full.executeUpdate();
                    if ((start + ROWS_PER_STATEMENT) % PROGRESS_EVERY == 0) {
                        progress.accept(start + ROWS_PER_STATEMENT);
                    }
                }
            }
            if (whole < size) {
                try (PreparedStatement rest = connection.prepareStatement(upsert(size - whole))) {
                    bind(rest, series, whole, size - whole);
                    rest.executeUpdate();
                }
            }
            progress.accept(size);
            return size;
        });
    }

    private static String upsert(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO bars (instrument_id, timeframe, open_time, open, high, low,"
                + " close, price_scale, volume, volume_scale) VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.append(" ON CONFLICT (instrument_id, timeframe, open_time) DO UPDATE SET open = excluded.open,"
                        + " high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume"
                        + " WHERE bars.open <> excluded.open OR bars.high <> excluded.high OR bars.low <> excluded.low"
                        + " OR bars.close <> excluded.close OR bars.volume <> excluded.volume")
                .toString();
    }

    private static void bind(PreparedStatement statement, BarSeries series, int start, int rows) throws SQLException {
        String instrument = series.instrumentId().toString();
        String timeframe = series.timeframe().toString();
        for (int row = 0; row < rows; row++) {
            int i = start + row;
            int at = row * COLUMNS;
            statement.setString(at + 1, instrument);
            statement.setString(at + 2, timeframe);
            statement.setLong(at + 3, series.openTimeNanos(i) / BarRows.NANOS_PER_MILLI);
            statement.setLong(at + 4, series.openRaw(i));
            statement.setLong(at + 5, series.highRaw(i));
            statement.setLong(at + 6, series.lowRaw(i));
            statement.setLong(at + 7, series.closeRaw(i));
            statement.setInt(at + 8, series.priceScale());
            statement.setLong(at + 9, series.volumeRaw(i));
            statement.setInt(at + 10, series.sizeScale());
        }
    }

    @Override
    public BarSeries read(InstrumentId instrumentId, Timeframe timeframe, Instant fromInclusive, Instant toExclusive)
            throws SQLException {
        BarRows.checkRange(fromInclusive, toExclusive);
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT open_time, open, high, low, close, volume, price_scale, volume_scale FROM bars"
                                + " WHERE instrument_id = ? AND timeframe = ? AND open_time >= ? AND open_time < ?"
                                + " ORDER BY open_time")) {
            query.setString(1, instrumentId.toString());
            query.setString(2, timeframe.toString());
            query.setLong(3, BarRows.toMillis(fromInclusive));
            query.setLong(4, BarRows.toMillis(toExclusive));
            query.setFetchSize(BarRows.INITIAL_CAPACITY);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return BarRows.empty(connection, instrumentId, timeframe);
                }
                BarSeries.Builder builder = BarSeries.builder(
                        instrumentId, timeframe, rows.getInt(7), rows.getInt(8), BarRows.INITIAL_CAPACITY);
                do {
                    builder.add(
                            rows.getLong(1) * BarRows.NANOS_PER_MILLI,
                            rows.getLong(2),
                            rows.getLong(3),
                            rows.getLong(4),
                            rows.getLong(5),
                            rows.getLong(6));
                } while (rows.next());
                return builder.build();
            }
        }
    }

    @Override
    public long count(InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        try (Connection connection = database.connection()) {
            return BarRows.count(connection, instrumentId, timeframe);
        }
    }

    @Override
    public Optional<Instant> firstOpenTime(InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        return BarRows.openTime(database, "min", instrumentId, timeframe);
    }

    @Override
    public Optional<Instant> lastOpenTime(InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        return BarRows.openTime(database, "max", instrumentId, timeframe);
    }
}
