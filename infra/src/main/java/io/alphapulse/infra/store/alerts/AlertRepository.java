package io.alphapulse.infra.store.alerts;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Alerts and their events. Every read or change a user can ask for takes the owner's id and matches it
 * in SQL, so an alert of another user is indistinguishable from one that does not exist: the API maps
 * both to 404 and cannot leak alerts by guessing ids.
 */
public final class AlertRepository {

    private static final String ALERT_COLUMNS =
            "id, owner_id, name, symbol, kind, indicator, threshold, channels," + " enabled, created_at, updated_at";

    private final Database database;
    private final SqlColumns columns;

    public AlertRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /** Stores a new alert of {@code ownerId}. */
    public Alert create(UUID ownerId, AlertDefinition definition, Instant now) throws SQLException {
        Objects.requireNonNull(ownerId, "ownerId");
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO alerts (owner_id, name, symbol, kind, indicator, threshold, channels, enabled,"
                                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            columns.setUuid(insert, 1, ownerId);
            bindDefinition(insert, 2, definition);
            columns.setTime(insert, 9, now);
            columns.setTime(insert, 10, now);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return new Alert(key.getLong(1), ownerId, definition, now, now);
            }
        }
    }

    /** The alerts of {@code ownerId}, oldest first. */
    public List<Alert> findByOwner(UUID ownerId) throws SQLException {
        return select("SELECT " + ALERT_COLUMNS + " FROM alerts WHERE owner_id = ? ORDER BY id", select -> {
            columns.setUuid(select, 1, ownerId);
        });
    }

    /** The alert {@code id} if it belongs to {@code ownerId}; empty when it is missing or someone else's. */
    public Optional<Alert> find(long id, UUID ownerId) throws SQLException {
        return select("SELECT " + ALERT_COLUMNS + " FROM alerts WHERE id = ? AND owner_id = ?", select -> {
                    select.setLong(1, id);
                    columns.setUuid(select, 2, ownerId);
                })
                .stream()
                .findFirst();
    }

    /**
     * Replaces the definition of alert {@code id} of {@code ownerId}.
     *
     * @return the updated alert; empty when it is missing or someone else's (then nothing changed)
     */
    public Optional<Alert> update(long id, UUID ownerId, AlertDefinition definition, Instant now) throws SQLException {
        int updated;
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE alerts SET name = ?, symbol = ?, kind = ?, indicator = ?, threshold = ?, channels = ?,"
                                + " enabled = ?, updated_at = ? WHERE id = ? AND owner_id = ?")) {
            bindDefinition(update, 1, definition);
            columns.setTime(update, 8, now);
            update.setLong(9, id);
            columns.setUuid(update, 10, ownerId);
            updated = update.executeUpdate();
        }
        return updated == 0 ? Optional.empty() : find(id, ownerId);
    }

    /**
     * Deletes alert {@code id} of {@code ownerId} with its events.
     *
     * @return whether it existed and belonged to {@code ownerId}
     */
    public boolean delete(long id, UUID ownerId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM alerts WHERE id = ? AND owner_id = ?")) {
            delete.setLong(1, id);
            columns.setUuid(delete, 2, ownerId);
            return delete.executeUpdate() == 1;
        }
    }

    /** The enabled alerts on {@code symbol}, of every owner: what the alert worker checks on a price move. */
    public List<Alert> findEnabledBySymbol(String symbol) throws SQLException {
        return select(
                "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE symbol = ? AND enabled = ? ORDER BY id", select -> {
                    select.setString(1, symbol);
                    select.setBoolean(2, true);
                });
    }

    /** Records a firing and returns its id. */
    public long recordEvent(AlertEvent event) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO alert_events (alert_id, fired_at, observed_value, delivered_channels, status)"
                                + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, event.alertId());
            columns.setTime(insert, 2, event.firedAt());
            columns.setDecimal(insert, 3, event.observedValue());
            insert.setString(4, Channels.column(event.deliveredChannels()));
            insert.setString(5, event.status().column());
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /**
     * Records how delivery of event {@code eventId} went.
     *
     * @throws IllegalArgumentException naming the id when there is no such event
     */
    public void updateDelivery(long eventId, List<String> deliveredChannels, AlertEventStatus status)
            throws SQLException {
        List<String> channels = Channels.validated(deliveredChannels);
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE alert_events SET delivered_channels = ?, status = ? WHERE id = ?")) {
            update.setString(1, Channels.column(channels));
            update.setString(2, status.column());
            update.setLong(3, eventId);
            if (update.executeUpdate() == 0) {
                throw new IllegalArgumentException("no alert event with id " + eventId);
            }
        }
    }

    /** The latest {@code limit} events of the alerts of {@code ownerId}, newest first. */
    public List<RecordedAlertEvent> eventsByOwner(UUID ownerId, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT e.id, e.alert_id, e.fired_at, e.observed_value, e.delivered_channels, e.status"
                                + " FROM alert_events e JOIN alerts a ON a.id = e.alert_id WHERE a.owner_id = ?"
                                + " ORDER BY e.fired_at DESC, e.id DESC LIMIT ?")) {
            columns.setUuid(select, 1, ownerId);
            select.setInt(2, limit);
            List<RecordedAlertEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new RecordedAlertEvent(
                            rows.getLong("id"),
                            new AlertEvent(
                                    rows.getLong("alert_id"),
                                    columns.time(rows, "fired_at"),
                                    columns.decimal(rows, "observed_value"),
                                    Channels.ofColumn(rows.getString("delivered_channels")),
                                    AlertEventStatus.ofColumn(rows.getString("status")))));
                }
            }
            return events;
        }
    }

    private void bindDefinition(PreparedStatement statement, int first, AlertDefinition definition)
            throws SQLException {
        AlertCondition condition = definition.condition();
        statement.setString(first, definition.name());
        statement.setString(first + 1, condition.symbol());
        statement.setString(first + 2, condition.kind().column());
        statement.setString(first + 3, condition.indicator());
        columns.setDecimal(statement, first + 4, condition.threshold());
        statement.setString(first + 5, Channels.column(definition.channels()));
        statement.setBoolean(first + 6, definition.enabled());
    }

    private List<Alert> select(String sql, Binder binder) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            binder.bind(select);
            List<Alert> alerts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alerts.add(alert(rows));
                }
            }
            return alerts;
        }
    }

    private Alert alert(ResultSet rows) throws SQLException {
        AlertCondition condition = new AlertCondition(
                rows.getString("symbol"),
                AlertKind.ofColumn(rows.getString("kind")),
                rows.getString("indicator"),
                columns.decimal(rows, "threshold"));
        AlertDefinition definition = new AlertDefinition(
                rows.getString("name"),
                condition,
                Channels.ofColumn(rows.getString("channels")),
                rows.getBoolean("enabled"));
        return new Alert(
                rows.getLong("id"),
                columns.uuid(rows, "owner_id"),
                definition,
                columns.time(rows, "created_at"),
                columns.time(rows, "updated_at"));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
