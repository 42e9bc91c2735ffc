package io.alphapulse.infra.store.trading;

import io.alphapulse.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The equity curve: portfolio snapshots, appended and read back by time range. */
public final class PortfolioSnapshotRepository {

    private final Database database;
    private final Columns columns;

    public PortfolioSnapshotRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = new Columns(database.vendor());
    }

    public void append(PortfolioSnapshot snapshot) throws SQLException {
        Objects.requireNonNull(snapshot, "snapshot");
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO portfolio_snapshots"
                    + " (account_id, taken_at, currency, equity, cash, realized_pnl, unrealized_pnl)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, snapshot.accountId());
                columns.setTime(insert, 2, snapshot.takenAt());
                insert.setString(3, snapshot.currency().code());
                columns.setMoney(insert, 4, snapshot.equity());
                columns.setMoney(insert, 5, snapshot.cash());
                columns.setMoney(insert, 6, snapshot.realizedPnl());
                columns.setMoney(insert, 7, snapshot.unrealizedPnl());
                return insert.executeUpdate();
            }
        });
    }

    /**
     * The account's snapshots taken in {@code [from, to)}, oldest first.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<PortfolioSnapshot> between(String accountId, Instant from, Instant to) throws SQLException {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "snapshot range of " + accountId + " ends at " + to + ", before it starts at " + from);
        }
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT account_id, taken_at, currency,"
                        + " equity, cash, realized_pnl, unrealized_pnl FROM portfolio_snapshots"
                        + " WHERE account_id = ? AND taken_at >= ? AND taken_at < ? ORDER BY taken_at, id")) {
            query.setString(1, accountId);
            columns.setTime(query, 2, from);
            columns.setTime(query, 3, to);
            try (ResultSet rows = query.executeQuery()) {
                List<PortfolioSnapshot> snapshots = new ArrayList<>();
                while (rows.next()) {
                    String currency = rows.getString("currency");
                    snapshots.add(new PortfolioSnapshot(
                            rows.getString("account_id"),
                            columns.time(rows, "taken_at"),
                            columns.money(rows, "equity", currency),
                            columns.money(rows, "cash", currency),
                            columns.money(rows, "realized_pnl", currency),
                            columns.money(rows, "unrealized_pnl", currency)));
                }
                return snapshots;
            }
        }
    }
}
