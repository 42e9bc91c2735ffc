package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current position per account and instrument: one row each, overwritten on every change. The
 * history of how it got there is in the fills; the portfolio's equity over time is in {@link
 * PortfolioSnapshotRepository}.
 */
public final class PositionRepository {

    private static final String COLUMNS =
            "account_id, instrument_id, side, quantity, average_entry_price, realized_pnl, currency, updated_at";

    private final Database database;
    private final Columns columns;

    public PositionRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = new Columns(database.vendor());
    }

    /** Stores {@code position} as the account's current position in its instrument. */
    public void upsert(PositionRecord position) throws SQLException {
        Objects.requireNonNull(position, "position");
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO positions (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, instrument_id) DO UPDATE SET"
                    + " side = excluded.side, quantity = excluded.quantity,"
                    + " average_entry_price = excluded.average_entry_price, realized_pnl = excluded.realized_pnl,"
                    + " currency = excluded.currency, updated_at = excluded.updated_at")) {
                upsert.setString(1, position.accountId());
                upsert.setString(2, position.instrumentId().toString());
                upsert.setString(3, position.side().name());
                columns.setQuantity(upsert, 4, position.quantity());
                columns.setPrice(upsert, 5, position.averageEntryPrice());
                columns.setMoney(upsert, 6, position.realizedPnl());
                upsert.setString(7, position.realizedPnl().currency().code());
                columns.setTime(upsert, 8, position.updatedAt());
                return upsert.executeUpdate();
            }
        });
    }

    /** The account's current position in {@code instrumentId}, if one was ever stored. */
    public Optional<PositionRecord> find(String accountId, InstrumentId instrumentId) throws SQLException {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(instrumentId, "instrumentId");
        List<PositionRecord> found = query("account_id = ? AND instrument_id = ?", accountId, instrumentId.toString());
        return found.stream().findFirst();
    }

    /** The account's positions, flat ones included, by instrument. */
    public List<PositionRecord> positionsOf(String accountId) throws SQLException {
        Objects.requireNonNull(accountId, "accountId");
        return query("account_id = ?", accountId);
    }

    private List<PositionRecord> query(String condition, String... parameters) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM positions WHERE " + condition + " ORDER BY instrument_id")) {
            for (int index = 0; index < parameters.length; index++) {
                query.setString(index + 1, parameters[index]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<PositionRecord> positions = new ArrayList<>();
                while (rows.next()) {
                    positions.add(new PositionRecord(
                            rows.getString("account_id"),
                            InstrumentId.parse(rows.getString("instrument_id")),
                            PositionSide.valueOf(rows.getString("side")),
                            columns.quantity(rows, "quantity"),
                            columns.price(rows, "average_entry_price"),
                            columns.money(rows, "realized_pnl", rows.getString("currency")),
                            columns.time(rows, "updated_at")));
                }
                return positions;
            }
        }
    }
}
