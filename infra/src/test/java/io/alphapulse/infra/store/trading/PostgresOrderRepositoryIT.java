package io.alphapulse.infra.store.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@RequiresServices(Service.POSTGRESQL)
class PostgresOrderRepositoryIT extends OrderRepositoryContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }

    @Test
    void openOrders_haveAPartialIndex_coveringExactlyTheUnfinishedStatuses() throws Exception {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT indexdef FROM pg_indexes WHERE tablename = 'orders' AND indexname = ?")) {
            query.setString(1, "orders_open");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("index orders_open exists").isTrue();
                assertThat(rows.getString("indexdef"))
                        .contains("WHERE")
                        .contains("'INITIALIZED'", "'SUBMITTED'", "'ACCEPTED'", "'PARTIALLY_FILLED'")
                        .doesNotContain("'FILLED'::", "'CANCELED'", "'EXPIRED'", "'REJECTED'");
            }
        }
    }

    @Test
    void unfinishedOrders_query_canBeServedByThePartialIndex() throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            // An empty table would always be scanned; forbidding the scan asks whether the index applies.
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT client_order_id FROM orders"
                    + " WHERE status IN ('INITIALIZED', 'SUBMITTED', 'ACCEPTED', 'PARTIALLY_FILLED')"
                    + " ORDER BY created_at, client_order_id")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            statement.execute("RESET enable_seqscan");
            assertThat(plan.toString()).contains("orders_open");
        }
    }
}
