package io.alphapulse.infra.db.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL going away while the application runs, simulated by a proxy we stop and start (the shared
 * server itself is never touched): writes fail loudly during the outage, health says DOWN, and the same
 * {@link Database} recovers on its own once the server answers again.
 */
@RequiresServices(Service.POSTGRESQL)
class PostgresRecoveryIT {

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(30);

    @Test
    void database_failsLoudlyDuringAnOutage_andRecoversWithoutARestart() throws Exception {
        try (TestDatabase store = TestDatabase.postgres();
                TcpProxy proxy = new TcpProxy(new InetSocketAddress("127.0.0.1", 5432))) {
            store.database().migrate();
            proxy.start();
            String databaseName =
                    store.settings().url().substring(store.settings().url().lastIndexOf('/') + 1);
            DatabaseSettings throughProxy = new DatabaseSettings(
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + databaseName,
                    TestDatabase.POSTGRES_USER,
                    null);
            try (Database database = Database.open(throughProxy)) {
                write(database, "before");
                assertThat(DatabaseHealth.check(database).isUp()).isTrue();

                proxy.stop();

                assertThatThrownBy(() -> write(database, "during")).isInstanceOf(SQLException.class);
                DatabaseHealth down = DatabaseHealth.check(database);
                assertThat(down.status()).isEqualTo(DatabaseHealth.Status.DOWN);
                assertThat(down.reason()).isNotEqualTo("ok");

                proxy.start();

                long deadline = System.nanoTime() + RECOVERY_DEADLINE.toNanos();
                SQLException lastFailure = null;
                boolean recovered = false;
                while (!recovered && System.nanoTime() < deadline) {
                    try {
                        write(database, "after");
                        recovered = true;
                    } catch (SQLException stillDown) {
                        lastFailure = stillDown;
                        Thread.sleep(200);
                    }
                }
                assertThat(recovered)
                        .as("writes succeed again within %s (last failure: %s)", RECOVERY_DEADLINE, lastFailure)
                        .isTrue();
                assertThat(DatabaseHealth.check(database).isUp()).isTrue();
            }
            assertThat(symbols(store.database())).containsExactlyInAnyOrder("before", "after");
        }
    }

    private static void write(Database database, String symbol) throws SQLException {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO instruments (id, venue, symbol, base_currency, quote_currency, price_increment,"
                            + " size_increment, min_quantity, min_notional) VALUES (?, 'sim', ?, 'BTC', 'USDT',"
                            + " '0.01', '0.00000001', '0.00000001', '0')")) {
                insert.setString(1, "sim:" + symbol);
                insert.setString(2, symbol);
                return insert.executeUpdate();
            }
        });
    }

    private static List<String> symbols(Database database) throws SQLException {
        List<String> symbols = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT symbol FROM instruments");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                symbols.add(rows.getString(1));
            }
        }
        return symbols;
    }
}
