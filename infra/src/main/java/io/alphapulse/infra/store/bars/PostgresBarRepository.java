package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;

/**
 * Bars on PostgreSQL. An upsert streams the series with binary {@code COPY} into a temporary table
 * and merges it with one {@code INSERT ... SELECT ... ON CONFLICT DO UPDATE}, all in one transaction:
 * COPY is the fastest way in, and the merge is what makes a second import of the same data replace
 * rather than duplicate. Reads stream with a cursor (autocommit off and a fetch size), so a million
 * bars never sit in the driver's memory twice.
 */
final class PostgresBarRepository implements BarRepository {

    /** Bytes handed to the driver per COPY write. */
    private static final int COPY_CHUNK_BYTES = 1 << 16;

    /** Rows per network round trip of a streaming read. */
    private static final int FETCH_SIZE = 20_000;

    /** Microseconds from 1970-01-01 to 2000-01-01, the epoch of PostgreSQL's binary timestamps. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private static final byte[] COPY_HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };

    /** Per row: field count (2 bytes) and six fields of length (4) and an 8-byte value. */
    private static final int ROW_BYTES = 2 + 6 * (4 + 8);

    private static final String MERGE = "INSERT INTO bars (instrument_id, timeframe, open_time, open, high, low,"
            + " close, price_scale, volume, volume_scale) SELECT ?, ?, open_time, open, high, low, close, ?, volume, ?"
            + " FROM bars_import ON CONFLICT (instrument_id, timeframe, open_time) DO UPDATE SET open = excluded.open,"
            + " high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume";

    private final Database database;

    PostgresBarRepository(Database database) {
        this.database = database;
    }

    @Override
    public int upsert(BarSeries series, LongConsumer progress) throws SQLException {
        String instrument = series.instrumentId().toString();
        String timeframe = series.timeframe().toString();
        return database.inTransaction(connection -> {
            // Serialises writers of one instrument and timeframe, so two imports cannot both pass the
            // scale check with different scales.
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "bars:" + instrument + ":" + timeframe);
                lock.execute();
            }
            BarRows.checkWritable(connection, series);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE bars_import (open_time timestamptz NOT NULL,"
                        + " open bigint NOT NULL, high bigint NOT NULL, low bigint NOT NULL, close bigint NOT NULL,"
                        + " volume bigint NOT NULL) ON COMMIT DROP");
            }
            copy(connection, series, progress);
            try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
                merge.setString(1, instrument);
                merge.setString(2, timeframe);
                merge.setShort(3, (short) series.priceScale());
                merge.setShort(4, (short) series.sizeScale());
                merge.executeUpdate();
            }
            return series.size();
        });
    }

    private static void copy(Connection connection, BarSeries series, LongConsumer progress) throws SQLException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY bars_import (open_time, open, high, low, close, volume) FROM STDIN (FORMAT binary)");
        try {
            byte[] buffer = new byte[COPY_CHUNK_BYTES];
            int position = 0;
            System.arraycopy(COPY_HEADER, 0, buffer, 0, COPY_HEADER.length);
            position += COPY_HEADER.length;
            for (int i = 0; i < series.size(); i++) {
                if (position + ROW_BYTES > buffer.length) {
                    copy.writeToCopy(buffer, 0, position);
                    position = 0;
                    progress.accept(i);
                }
                position = putShort(buffer, position, 6);
                long micros = series.openTimeNanos(i) / 1_000L - POSTGRES_EPOCH_MICROS;
                position = putField(buffer, position, micros);
                position = putField(buffer, position, series.openRaw(i));
                position = putField(buffer, position, series.highRaw(i));
                position = putField(buffer, position, series.lowRaw(i));
                position = putField(buffer, position, series.closeRaw(i));
                position = putField(buffer, position, series.volumeRaw(i));
            }
            position = putShort(buffer, position, -1);
            copy.writeToCopy(buffer, 0, position);
            copy.endCopy();
            progress.accept(series.size());
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static int putShort(byte[] buffer, int position, int value) {
        buffer[position] = (byte) (value >>> 8);
        buffer[position + 1] = (byte) value;
        return position + 2;
    }

    private static int putField(byte[] buffer, int position, long value) {
        buffer[position] = 0;
        buffer[position + 1] = 0;
        buffer[position + 2] = 0;
        buffer[position + 3] = 8;
        for (int shift = 56, at = position + 4; shift >= 0; shift -= 8, at++) {
            buffer[at] = (byte) (value >>> shift);
        }
        return position + 12;
    }

    @Override
    public BarSeries read(InstrumentId instrumentId, Timeframe timeframe, Instant fromInclusive, Instant toExclusive)
            throws SQLException {
        BarRows.checkRange(fromInclusive, toExclusive);
        // A cursor only streams inside a transaction; inTransaction turns autocommit off.
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT open_time, open, high, low, close, volume, price_scale, volume_scale FROM bars"
                            + " WHERE instrument_id = ? AND timeframe = ? AND open_time >= ? AND open_time < ?"
                            + " ORDER BY open_time")) {
                // Server-prepared from the first run, so timestamps arrive in binary, not as text to parse.
                query.unwrap(PGStatement.class).setPrepareThreshold(-1);
                query.setFetchSize(FETCH_SIZE);
                query.setString(1, instrumentId.toString());
                query.setString(2, timeframe.toString());
                query.setObject(3, fromInclusive.atOffset(java.time.ZoneOffset.UTC));
                query.setObject(4, toExclusive.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return BarRows.empty(connection, instrumentId, timeframe);
                    }
                    BarSeries.Builder builder = BarSeries.builder(
                            instrumentId, timeframe, rows.getInt(7), rows.getInt(8), BarRows.INITIAL_CAPACITY);
                    do {
                        builder.add(
                                nanos(rows.getObject(1, OffsetDateTime.class)),
                                rows.getLong(2),
                                rows.getLong(3),
                                rows.getLong(4),
                                rows.getLong(5),
                                rows.getLong(6));
                    } while (rows.next());
                    return builder.build();
                }
            }
        });
    }

    private static long nanos(OffsetDateTime time) {
        return time.toEpochSecond() * 1_000_000_000L + time.getNano();
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
                OffsetDateTime time = rows.getObject(1, OffsetDateTime.class);
                return time == null ? Optional.empty() : Optional.of(time.toInstant());
            }
        }
    }
}
