package io.alphapulse.infra.store.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
            query.setString(1, "orders_open_by_instrument");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next())
                        .as("index orders_open_by_instrument exists")
                        .isTrue();
                assertThat(rows.getString("indexdef"))
                        .contains("WHERE")
                        .contains("'INITIALIZED'", "'SUBMITTED'", "'ACCEPTED'", "'PARTIALLY_FILLED'")
                        .doesNotContain("'FILLED'::", "'CANCELED'", "'EXPIRED'", "'REJECTED'");
            }
        }
    }
}
