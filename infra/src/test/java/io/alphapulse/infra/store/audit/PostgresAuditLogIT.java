package io.alphapulse.infra.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@RequiresServices(Service.POSTGRESQL)
class PostgresAuditLogIT extends AuditLogContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }

    // TRUNCATE bypasses row triggers, so PostgreSQL has a statement trigger for it too.
    @Test
    void truncate_isRefusedByTheDatabase() throws SQLException {
        AuditLog log = new AuditLog(database().database());
        log.append(new AuditEntry(Instant.EPOCH, "alice", "login", null, AuditOutcome.SUCCESS, null, null));

        assertThatThrownBy(() -> {
                    try (Connection connection = database().database().connection();
                            Statement statement = connection.createStatement()) {
                        statement.execute("TRUNCATE audit_log");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThat(log.find(AuditQuery.newest(10))).hasSize(1);
    }
}
