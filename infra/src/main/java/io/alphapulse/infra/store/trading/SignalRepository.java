package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.trading.Signal;
import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Strategy signals, appended as they are published and read newest first. Times are kept to the
 * millisecond, so a signal reads back with its nanoseconds truncated.
 */
public final class SignalRepository {

    private static final String SELECT = "SELECT strategy_id, instrument_id, strength, emitted_at FROM signals";

    private final Database database;
    private final Columns columns;

    public SignalRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = new Columns(database.vendor());
    }

    public void append(Signal signal) throws SQLException {
        Objects.requireNonNull(signal, "signal");
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO signals (strategy_id, instrument_id, strength, emitted_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, signal.strategyId());
                insert.setString(2, signal.instrumentId().toString());
                insert.setDouble(3, signal.strength());
                columns.setTime(insert, 4, Columns.instantOfNanos(signal.timestampNanos()));
                return insert.executeUpdate();
            }
        });
    }

    /** The latest {@code limit} signals, newest first; equal times newest appended first. */
    public List<Signal> recent(int limit) throws SQLException {
        return query(SELECT + " ORDER BY emitted_at DESC, id DESC LIMIT ?", null, limit);
    }

    /** The latest {@code limit} signals about {@code instrumentId}, newest first. */
    public List<Signal> recent(InstrumentId instrumentId, int limit) throws SQLException {
        Objects.requireNonNull(instrumentId, "instrumentId");
        return query(
                SELECT + " WHERE instrument_id = ? ORDER BY emitted_at DESC, id DESC LIMIT ?",
                instrumentId.toString(),
                limit);
    }

    private List<Signal> query(String sql, String instrumentId, int limit) throws SQLException {
        if (limit <= 0) {
            throw new IllegalArgumentException("signal limit must be positive, was " + limit);
        }
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            if (instrumentId != null) {
                query.setString(index++, instrumentId);
            }
            query.setInt(index, limit);
            try (ResultSet rows = query.executeQuery()) {
                List<Signal> signals = new ArrayList<>();
                while (rows.next()) {
                    signals.add(new Signal(
                            rows.getString("strategy_id"),
                            InstrumentId.parse(rows.getString("instrument_id")),
                            rows.getDouble("strength"),
                            Columns.nanosOf(columns.time(rows, "emitted_at"))));
                }
                return signals;
            }
        }
    }
}
