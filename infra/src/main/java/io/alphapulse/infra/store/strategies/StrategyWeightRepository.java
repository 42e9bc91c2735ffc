package io.alphapulse.infra.store.strategies;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Strategy weights (one row per strategy) and the append-only history of the allocator's adjustments. */
public final class StrategyWeightRepository {

    private static final String UPSERT = "INSERT INTO strategy_weights (strategy, weight, updated_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (strategy) DO UPDATE SET weight = excluded.weight, updated_at = excluded.updated_at";

    private final Database database;
    private final SqlColumns columns;

    public StrategyWeightRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /** Sets a strategy's weight, creating its row the first time. */
    public void save(StrategyWeight weight) throws SQLException {
        try (Connection connection = database.connection()) {
            upsert(connection, weight);
        }
    }

    /** The weight of {@code strategy}, if one was ever set. */
    public Optional<StrategyWeight> find(String strategy) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT strategy, weight, updated_at FROM strategy_weights WHERE strategy = ?")) {
            select.setString(1, strategy);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(weight(rows)) : Optional.empty();
            }
        }
    }

    /** Every strategy's weight, by strategy name. */
    public List<StrategyWeight> findAll() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT strategy, weight, updated_at FROM strategy_weights ORDER BY strategy");
                ResultSet rows = select.executeQuery()) {
            List<StrategyWeight> weights = new ArrayList<>();
            while (rows.next()) {
                weights.add(weight(rows));
            }
            return weights;
        }
    }

    /**
     * Records {@code adjustment} and sets the strategy's weight to its new weight, in one transaction,
     * so the history always explains the current weight.
     */
    public void apply(LearningAdjustment adjustment) throws SQLException {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO learning_adjustments (strategy, old_weight, new_weight, reason, realized_pnl,"
                            + " adjusted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, adjustment.strategy());
                insert.setDouble(2, adjustment.oldWeight());
                insert.setDouble(3, adjustment.newWeight());
                insert.setString(4, adjustment.reason());
                columns.setDecimal(insert, 5, adjustment.realizedPnl());
                columns.setTime(insert, 6, adjustment.adjustedAt());
                insert.executeUpdate();
            }
            upsert(
                    connection,
                    new StrategyWeight(adjustment.strategy(), adjustment.newWeight(), adjustment.adjustedAt()));
            return null;
        });
    }

    /** The latest {@code limit} adjustments of {@code strategy}, newest first. */
    public List<LearningAdjustment> adjustments(String strategy, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT strategy, old_weight, new_weight, reason, realized_pnl, adjusted_at"
                                + " FROM learning_adjustments WHERE strategy = ?"
                                + " ORDER BY adjusted_at DESC, id DESC LIMIT ?")) {
            select.setString(1, strategy);
            select.setInt(2, limit);
            List<LearningAdjustment> adjustments = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    adjustments.add(new LearningAdjustment(
                            rows.getString("strategy"),
                            rows.getDouble("old_weight"),
                            rows.getDouble("new_weight"),
                            rows.getString("reason"),
                            columns.decimal(rows, "realized_pnl"),
                            columns.time(rows, "adjusted_at")));
                }
            }
            return adjustments;
        }
    }

    private void upsert(Connection connection, StrategyWeight weight) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, weight.strategy());
            upsert.setDouble(2, weight.weight());
            columns.setTime(upsert, 3, weight.updatedAt());
            upsert.executeUpdate();
        }
    }

    private StrategyWeight weight(ResultSet rows) throws SQLException {
        return new StrategyWeight(
                rows.getString("strategy"), rows.getDouble("weight"), columns.time(rows, "updated_at"));
    }
}
