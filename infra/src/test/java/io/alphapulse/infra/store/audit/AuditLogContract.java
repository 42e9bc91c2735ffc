package io.alphapulse.infra.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the audit log must do, on SQLite and on PostgreSQL alike. */
abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private TestDatabase store;
    private AuditLog log;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        log = new AuditLog(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The store under test, for vendor-specific checks in subclasses. */
    protected TestDatabase database() {
        return store;
    }

    @Test
    void append_thenFind_returnsTheEntryAsWritten() throws SQLException {
        AuditEntry entry =
                new AuditEntry(T0, "alice", "user.create", "bob", AuditOutcome.SUCCESS, "role=trader", "203.0.113.7");

        long id = log.append(entry);

        assertThat(log.find(AuditQuery.newest(10))).containsExactly(new LoggedAuditEntry(id, entry));
    }

    @Test
    void append_keepsAnIpv6SourceAndNoSource() throws SQLException {
        AuditEntry ipv6 = new AuditEntry(T0, "alice", "login", null, AuditOutcome.DENIED, null, "2001:db8::1");
        AuditEntry internal =
                new AuditEntry(T0.plusMillis(1), "system", "backup", null, AuditOutcome.FAILURE, null, null);
        log.append(ipv6);
        log.append(internal);

        assertThat(log.find(AuditQuery.newest(10)))
                .extracting(LoggedAuditEntry::entry)
                .containsExactly(internal, ipv6);
    }

    @Test
    void find_returnsNewestFirst_andHonoursTheLimit() throws SQLException {
        for (int minute = 0; minute < 5; minute++) {
            log.append(entry(T0.plusSeconds(60L * minute), "alice", "order.submit"));
        }

        assertThat(log.find(AuditQuery.newest(3)))
                .extracting(logged -> logged.entry().occurredAt())
                .containsExactly(T0.plusSeconds(240), T0.plusSeconds(180), T0.plusSeconds(120));
    }

    @Test
    void find_filtersByTimeRangeActorAndAction() throws SQLException {
        log.append(entry(T0, "alice", "order.submit"));
        log.append(entry(T0.plusSeconds(10), "bob", "order.submit"));
        log.append(entry(T0.plusSeconds(20), "alice", "alert.create"));
        log.append(entry(T0.plusSeconds(30), "alice", "order.submit"));

        assertThat(log.find(AuditQuery.newest(10).byActor("alice").byAction("order.submit")))
                .extracting(logged -> logged.entry().occurredAt())
                .containsExactly(T0.plusSeconds(30), T0);
        assertThat(log.find(AuditQuery.newest(10).between(T0.plusSeconds(10), T0.plusSeconds(30))))
                .extracting(logged -> logged.entry().occurredAt())
                .as("from inclusive, to exclusive")
                .containsExactly(T0.plusSeconds(20), T0.plusSeconds(10));
        assertThat(log.find(AuditQuery.newest(10).byActor("carol"))).isEmpty();
    }

    @Test
    void update_isRefusedByTheDatabase() throws SQLException {
        log.append(entry(T0, "alice", "order.submit"));

        assertThatThrownBy(() -> execute("UPDATE audit_log SET actor = 'mallory'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThat(log.find(AuditQuery.newest(10)))
                .extracting(logged -> logged.entry().actor())
                .containsExactly("alice");
    }

    @Test
    void delete_isRefusedByTheDatabase() throws SQLException {
        log.append(entry(T0, "alice", "order.submit"));

        assertThatThrownBy(() -> execute("DELETE FROM audit_log"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThat(log.find(AuditQuery.newest(10))).hasSize(1);
    }

    @Test
    void entry_withAHostNameAsSource_isRefusedNamingIt() {
        assertThatThrownBy(() -> new AuditEntry(T0, "alice", "login", null, AuditOutcome.SUCCESS, null, "evil.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evil.example");
    }

    private static AuditEntry entry(Instant time, String actor, String action) {
        return new AuditEntry(time, actor, action, null, AuditOutcome.SUCCESS, null, "127.0.0.1");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = store.database().connection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
