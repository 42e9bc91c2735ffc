package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** SQL shared by both vendors: scale checks, counts and the conversion of open times. */
final class BarRows {

    static final long NANOS_PER_MILLI = 1_000_000L;

    /** Bars a read expects when it cannot know; the builder grows past it. */
    static final int INITIAL_CAPACITY = 4_096;

    private BarRows() {}

    /** The stored price and volume scales of the instrument and timeframe, if any bar is stored. */
    static Optional<Scales> storedScales(Connection connection, InstrumentId instrumentId, Timeframe timeframe)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT price_scale, volume_scale FROM bars WHERE instrument_id = ? AND timeframe = ? LIMIT 1")) {
            query.setString(1, instrumentId.toString());
            query.setString(2, timeframe.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Scales(rows.getInt(1), rows.getInt(2))) : Optional.empty();
            }
        }
    }

    /**
     * Refuses a series whose scales differ from the stored ones, or whose open times are not whole
     * milliseconds, before anything is written.
     */
    static void checkWritable(Connection connection, BarSeries series) throws SQLException {
        Optional<Scales> stored = storedScales(connection, series.instrumentId(), series.timeframe());
        if (stored.isPresent()
                && (stored.get().price() != series.priceScale() || stored.get().volume() != series.sizeScale())) {
            throw new IllegalArgumentException("bars of " + series.instrumentId() + " " + series.timeframe()
                    + " are stored with price scale " + stored.get().price() + " and volume scale "
                    + stored.get().volume() + "; cannot add bars with price scale " + series.priceScale()
                    + " and volume scale " + series.sizeScale());
        }
        for (int i = 0; i < series.size(); i++) {
            if (series.openTimeNanos(i) % NANOS_PER_MILLI != 0) {
                throw new IllegalArgumentException("bar " + i + " of " + series.instrumentId() + " opens at "
                        + series.openTimeNanos(i) + " ns, not a whole millisecond: the store keeps milliseconds");
            }
        }
    }

    /** An empty series at the stored scales, or at scale 0 when nothing is stored. */
    static BarSeries empty(Connection connection, InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        Scales scales = storedScales(connection, instrumentId, timeframe).orElse(new Scales(0, 0));
        return BarSeries.builder(instrumentId, timeframe, scales.price(), scales.volume(), 0)
                .build();
    }

    static long count(Connection connection, InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT count(*) FROM bars WHERE instrument_id = ? AND timeframe = ?")) {
            query.setString(1, instrumentId.toString());
            query.setString(2, timeframe.toString());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The earliest ({@code "min"}) or latest ({@code "max"}) open time stored for an instrument and
     * timeframe. The aggregate is one of those two constants, never input.
     */
    static Optional<Instant> openTime(
            Database database, String aggregate, InstrumentId instrumentId, Timeframe timeframe) throws SQLException {
        if (!aggregate.equals("min") && !aggregate.equals("max")) {
            throw new IllegalArgumentException("aggregate must be min or max, was " + aggregate);
        }
        SqlColumns columns = new SqlColumns(database.vendor());
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT " + aggregate
                        + "(open_time) AS open_time FROM bars WHERE instrument_id = ? AND timeframe = ?")) {
            query.setString(1, instrumentId.toString());
            query.setString(2, timeframe.toString());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return Optional.ofNullable(columns.time(rows, "open_time"));
            }
        }
    }

    static long toMillis(Instant instant) {
        return instant.toEpochMilli();
    }

    static void checkRange(Instant fromInclusive, Instant toExclusive) {
        if (fromInclusive == null || toExclusive == null) {
            throw new IllegalArgumentException("a range needs both ends, was " + fromInclusive + " .. " + toExclusive);
        }
    }

    /** A series' two scales. */
    record Scales(int price, int volume) {}
}
