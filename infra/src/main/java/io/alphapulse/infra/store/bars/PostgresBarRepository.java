package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;

/**
 * Bars on PostgreSQL, written with binary {@code COPY} (the fastest way in) in one transaction. When
 * no stored bar of the instrument and timeframe falls within the series' time span, the series is
 * copied straight into {@code bars}; otherwise it is copied into a temporary table and merged with one
 * {@code INSERT ... SELECT ... ON CONFLICT DO UPDATE}, which is what makes a second import of the same
 * data replace rather than duplicate, and which leaves unchanged rows untouched (no new row versions).
 * An advisory lock per instrument and timeframe keeps the overlap check true until the commit. Reads
 * stream with a cursor (autocommit off and a fetch size), so a million bars never sit in the driver's
 * memory twice.
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

    /** Per row of bars_import: field count (2 bytes) and six fields of length (4) and an 8-byte value. */
    private static final int IMPORT_ROW_BYTES = 2 + 6 * (4 + 8);

    private static final String MERGE = "INSERT INTO bars (instrument_id, timeframe, open_time, open, high, low,"
            + " close, price_scale, volume, volume_scale) SELECT ?, ?, open_time, open, high, low, close, ?, volume, ?"
            + " FROM bars_import ON CONFLICT (instrument_id, timeframe, open_time) DO UPDATE SET open = excluded.open,"
            + " high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume"
            + " WHERE (bars.open, bars.high, bars.low, bars.close, bars.volume)"
            + " IS DISTINCT FROM (excluded.open, excluded.high, excluded.low, excluded.close, excluded.volume)";

    private static final String OVERLAP = "SELECT EXISTS (SELECT 1 FROM bars WHERE instrument_id = ? AND timeframe = ?"
            + " AND open_time BETWEEN ? AND ?)";

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
            if (series.isEmpty()) {
                return 0;
            }
            if (!overlapsStoredBars(connection, series)) {
                copyIntoBars(connection, series, progress);
                return series.size();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE bars_import (open_time timestamptz NOT NULL,"
                        + " open bigint NOT NULL, high bigint NOT NULL, low bigint NOT NULL, close bigint NOT NULL,"
                        + " volume bigint NOT NULL) ON COMMIT DROP");
            }
            copyIntoImportTable(connection, series, progress);
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

    private static boolean overlapsStoredBars(Connection connection, BarSeries series) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OVERLAP)) {
            query.setString(1, series.instrumentId().toString());
            query.setString(2, series.timeframe().toString());
            query.setObject(3, offsetDateTime(series.openTimeNanos(0)));
            query.setObject(4, offsetDateTime(series.openTimeNanos(series.size() - 1)));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static OffsetDateTime offsetDateTime(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos).atOffset(ZoneOffset.UTC);
    }

    /** COPY of the whole rows into bars itself, for a series that replaces nothing. */
    private static void copyIntoBars(Connection connection, BarSeries series, LongConsumer progress)
            throws SQLException {
        byte[] instrument = series.instrumentId().toString().getBytes(StandardCharsets.UTF_8);
        byte[] timeframe = series.timeframe().toString().getBytes(StandardCharsets.UTF_8);
        int rowBytes = 2 + 4 + instrument.length + 4 + timeframe.length + 6 * (4 + 8) + 2 * (4 + 2);
        copy(
                connection,
                "COPY bars (instrument_id, timeframe, open_time, open, high, low, close, price_scale, volume,"
                        + " volume_scale) FROM STDIN (FORMAT binary)",
                series,
                rowBytes,
                progress,
                (buffer, position, i) -> {
                    position = putShort(buffer, position, 10);
                    position = putBytes(buffer, position, instrument);
                    position = putBytes(buffer, position, timeframe);
                    position = putRow(buffer, position, series, i, false);
                    position = putSmallint(buffer, position, series.priceScale());
                    position = putField(buffer, position, series.volumeRaw(i));
                    return putSmallint(buffer, position, series.sizeScale());
                });
    }

    /** COPY of time and values into the temporary bars_import, for the merge. */
    private static void copyIntoImportTable(Connection connection, BarSeries series, LongConsumer progress)
            throws SQLException {
        copy(
                connection,
                "COPY bars_import (open_time, open, high, low, close, volume) FROM STDIN (FORMAT binary)",
                series,
                IMPORT_ROW_BYTES,
                progress,
                (buffer, position, i) -> putRow(buffer, putShort(buffer, position, 6), series, i, true));
    }

    private static void copy(
            Connection connection,
            String sql,
            BarSeries series,
            int rowBytes,
            LongConsumer progress,
            RowEncoder encoder)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            byte[] buffer = new byte[Math.max(COPY_CHUNK_BYTES, rowBytes + COPY_HEADER.length + 2)];
            System.arraycopy(COPY_HEADER, 0, buffer, 0, COPY_HEADER.length);
            int position = COPY_HEADER.length;
            for (int i = 0; i < series.size(); i++) {
                if (position + rowBytes > buffer.length) {
                    copy.writeToCopy(buffer, 0, position);
                    position = 0;
                    progress.accept(i);
                }
                position = encoder.encode(buffer, position, i);
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

    /** Writes row {@code index} at {@code position} of the buffer, returning the position after it. */
    @FunctionalInterface
    private interface RowEncoder {
        int encode(byte[] buffer, int position, int index);
    }

    /** Open time, open, high, low and close, and the volume too when {@code withVolume}. */
    private static int putRow(byte[] buffer, int position, BarSeries series, int i, boolean withVolume) {
        long micros = series.openTimeNanos(i) / 1_000L - POSTGRES_EPOCH_MICROS;
        position = putField(buffer, position, micros);
        position = putField(buffer, position, series.openRaw(i));
        position = putField(buffer, position, series.highRaw(i));
        position = putField(buffer, position, series.lowRaw(i));
        position = putField(buffer, position, series.closeRaw(i));
        return withVolume ? putField(buffer, position, series.volumeRaw(i)) : position;
    }

    private static int putBytes(byte[] buffer, int position, byte[] value) {
        position = putInt(buffer, position, value.length);
        System.arraycopy(value, 0, buffer, position, value.length);
        return position + value.length;
    }

    private static int putSmallint(byte[] buffer, int position, int value) {
        return putShort(buffer, putInt(buffer, position, 2), value);
    }

    private static int putInt(byte[] buffer, int position, int value) {
        buffer[position] = (byte) (value >>> 24);
        buffer[position + 1] = (byte) (value >>> 16);
        buffer[position + 2] = (byte) (value >>> 8);
        buffer[position + 3] = (byte) value;
        return position + 4;
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
                query.setObject(3, fromInclusive.atOffset(ZoneOffset.UTC));
                query.setObject(4, toExclusive.atOffset(ZoneOffset.UTC));
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
        return BarRows.openTime(database, "min", instrumentId, timeframe);
    }

    @Override
    public Optional<Instant> lastOpenTime(InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        return BarRows.openTime(database, "max", instrumentId, timeframe);
    }
}
