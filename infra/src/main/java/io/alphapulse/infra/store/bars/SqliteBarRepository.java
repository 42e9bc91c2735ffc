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
 * Bars on SQLite: batched prepared upserts in one transaction on the single writer connection.
 * A killed import never committed, so SQLite drops it from the write-ahead log at the next open.
 */
final class SqliteBarRepository implements BarRepository {

    /** Rows per JDBC batch: large enough to amortise the driver's calls, small enough for steady progress. */
    private static final int BATCH_SIZE = 10_000;

    private static final String UPSERT = "INSERT INTO bars (instrument_id, timeframe, open_time, open, high, low,"
            + " close, price_scale, volume, volume_scale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (instrument_id, timeframe, open_time) DO UPDATE SET open = excluded.open,"
            + " high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume";

    private final Database database;

    SqliteBarRepository(Database database) {
        this.database = database;
    }

    @Override
    public int upsert(BarSeries series, LongConsumer progress) throws SQLException {
        return database.inTransaction(connection -> {
            BarRows.checkWritable(connection, series);
            String instrument = series.instrumentId().toString();
            String timeframe = series.timeframe().toString();
            try (PreparedStatement insert = connection.prepareStatement(UPSERT)) {
                for (int i = 0; i < series.size(); i++) {
                    // Every parameter, every row: the SQLite driver clears them after each batch.
                    insert.setString(1, instrument);
                    insert.setString(2, timeframe);
                    insert.setInt(8, series.priceScale());
                    insert.setInt(10, series.sizeScale());
                    insert.setLong(3, series.openTimeNanos(i) / BarRows.NANOS_PER_MILLI);
                    insert.setLong(4, series.openRaw(i));
                    insert.setLong(5, series.highRaw(i));
                    insert.setLong(6, series.lowRaw(i));
                    insert.setLong(7, series.closeRaw(i));
                    insert.setLong(9, series.volumeRaw(i));
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0) {
                        insert.executeBatch();
                        progress.accept(i + 1);
                    }
                }
                insert.executeBatch();
                progress.accept(series.size());
            }
            return series.size();
        });
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
        return openTime("min", instrumentId, timeframe);
    }

    @Override
    public Optional<Instant> lastOpenTime(InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        return openTime("max", instrumentId, timeframe);
    }

    private Optional<Instant> openTime(String aggregate, InstrumentId instrumentId, Timeframe timeframe)
            throws SQLException {
        // The aggregate is one of two constants chosen above, never input.
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + aggregate + "(open_time) FROM bars WHERE instrument_id = ? AND timeframe = ?")) {
            query.setString(1, instrumentId.toString());
            query.setString(2, timeframe.toString());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long millis = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
            }
        }
    }
}
