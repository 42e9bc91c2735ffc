package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Executions, stored once each. Venues redeliver fills (reconnects, replays, a REST poll racing the
 * stream); the venue's trade id is unique per venue, so a redelivered fill is recognized by the
 * database itself ({@code ON CONFLICT DO NOTHING}) and reported as a {@link FillRecording#DUPLICATE}.
 *
 * <p>Use this for fills that are recorded on their own; {@link OrderRepository#apply} records a fill
 * together with its order's new state.
 */
public final class FillRepository {

    private final Database database;
    private final Columns columns;

    public FillRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = new Columns(database.vendor());
    }

    /** Stores {@code fill} unless a fill with its venue and trade id is already stored. */
    public FillRecording record(OrderFillEvent fill) throws SQLException {
        Objects.requireNonNull(fill, "fill");
        boolean stored = database.inTransaction(connection -> FillRows.insert(connection, columns, fill));
        return stored ? FillRecording.STORED : FillRecording.DUPLICATE;
    }

    /** The fills of one order, oldest first. */
    public List<StoredFill> fillsOf(ClientOrderId clientOrderId) throws SQLException {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT " + FillRows.COLUMNS
                        + " FROM fills WHERE client_order_id = ? ORDER BY executed_at, trade_id")) {
            query.setString(1, clientOrderId.value());
            try (ResultSet rows = query.executeQuery()) {
                List<StoredFill> fills = new ArrayList<>();
                while (rows.next()) {
                    fills.add(FillRows.read(rows, columns));
                }
                return fills;
            }
        }
    }

    /**
     * Every fill of {@code venue}, oldest first (ties by trade id): what rebuilds a paper account's cash
     * and positions after a restart.
     */
    public List<StoredFill> fillsOfVenue(String venue) throws SQLException {
        Objects.requireNonNull(venue, "venue");
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT " + FillRows.COLUMNS
                        + " FROM fills WHERE venue = ? ORDER BY executed_at, length(trade_id), trade_id")) {
            query.setString(1, venue);
            try (ResultSet rows = query.executeQuery()) {
                List<StoredFill> fills = new ArrayList<>();
                while (rows.next()) {
                    fills.add(FillRows.read(rows, columns));
                }
                return fills;
            }
        }
    }
}
