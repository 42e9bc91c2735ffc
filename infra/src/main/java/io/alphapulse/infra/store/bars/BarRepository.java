package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Bars in the store, keyed by instrument, timeframe and open time, with prices and volumes kept as
 * the engine's raw fixed-point longs and their scales. Pick the implementation for a database with
 * {@link #on(Database)}: PostgreSQL bulk-loads with {@code COPY}, SQLite with batched upserts; both
 * write a whole series in one transaction, so a failed or killed import leaves nothing behind.
 *
 * <p>One instrument and timeframe has one price scale and one volume scale: {@link #upsert} refuses a
 * series whose scales differ from the stored rows, so every read returns the scales that were
 * written. Open times are stored at millisecond precision; a series with finer open times is refused.
 */
public sealed interface BarRepository permits PostgresBarRepository, SqliteBarRepository {

    /** The repository for {@code database}'s vendor; the schema must be migrated. */
    static BarRepository on(Database database) {
        return switch (database.vendor()) {
            case SQLITE -> new SqliteBarRepository(database);
            case POSTGRESQL -> new PostgresBarRepository(database);
        };
    }

    /**
     * Inserts the bars of {@code series}, replacing stored bars with the same open time, in one
     * transaction.
     *
     * @param progress told how many rows have been sent so far, from the writing thread
     * @return the number of rows written
     * @throws IllegalArgumentException naming the values if the series' scales differ from the stored
     *     ones or an open time is not a whole millisecond
     * @throws SQLException if the database fails; nothing of the series is then stored
     */
    int upsert(BarSeries series, LongConsumer progress) throws SQLException;

    /** {@link #upsert(BarSeries, LongConsumer)} without progress reports. */
    default int upsert(BarSeries series) throws SQLException {
        return upsert(series, rows -> {});
    }

    /**
     * The bars opening in {@code [fromInclusive, toExclusive)}, in time order, at the stored scales.
     * An empty range gives an empty series (at the stored scales, or 0 when nothing is stored).
     */
    BarSeries read(InstrumentId instrumentId, Timeframe timeframe, Instant fromInclusive, Instant toExclusive)
            throws SQLException;

    /** How many bars are stored for the instrument and timeframe. */
    long count(InstrumentId instrumentId, Timeframe timeframe) throws SQLException;

    /** The open time of the first stored bar, or empty when there is none. */
    Optional<Instant> firstOpenTime(InstrumentId instrumentId, Timeframe timeframe) throws SQLException;

    /** The open time of the last stored bar, or empty when there is none. */
    Optional<Instant> lastOpenTime(InstrumentId instrumentId, Timeframe timeframe) throws SQLException;
}
