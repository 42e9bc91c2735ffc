package io.alphapulse.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, on SQLite and on PostgreSQL alike. */
abstract class DatabaseContract {

    protected TestDatabase store;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void migrate_fromEmpty_reachesTheLatestVersion_andIsIdempotent() {
        Database database = store.database();
        assertThat(database.schemaVersion()).isEqualTo("none");

        int applied = database.migrate();

        assertThat(applied).isPositive();
        assertThat(database.schemaVersion()).isNotEqualTo("none");
        assertThat(database.migrate()).as("second run").isZero();
    }

    @Test
    void inTransaction_rollsBackEverything_whenTheWorkFails() throws SQLException {
        Database database = store.database();
        database.migrate();

        assertThatThrownBy(() -> database.inTransaction(connection -> {
                    insertInstrument(connection, "sim:BTC-USDT");
                    throw new SQLException("boom");
                }))
                .hasMessage("boom");

        assertThat(countInstruments(database)).isZero();
        database.inTransaction(connection -> insertInstrument(connection, "sim:ETH-USDT"));
        assertThat(countInstruments(database)).isOne();
    }

    private static int insertInstrument(Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO instruments (id, venue, symbol, base_currency, quote_currency, price_increment,"
                        + " size_increment, min_quantity, min_notional) VALUES (?, 'sim', ?, 'BTC', 'USDT', 0.01,"
                        + " 0.00000001, 0.00000001, 0)")) {
            insert.setString(1, id);
            insert.setString(2, id.substring(4));
            return insert.executeUpdate();
        }
    }

    private static int countInstruments(Database database) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM instruments");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
