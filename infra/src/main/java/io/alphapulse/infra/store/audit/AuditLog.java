package io.alphapulse.infra.store.audit;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.Vendor;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log. There is deliberately no update or delete here, and the database refuses
 * both (triggers in V3), so an entry once written stays as written.
 */
public final class AuditLog {

    private final Database database;
    private final SqlColumns columns;

    public AuditLog(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /** Appends {@code entry} and returns its id. */
    public long append(AuditEntry entry) throws SQLException {
        String ip = columns.vendor() == Vendor.POSTGRESQL ? "CAST(? AS inet)" : "?";
        String sql = "INSERT INTO audit_log (occurred_at, actor, action, target, outcome, detail, source_ip)"
                + " VALUES (?, ?, ?, ?, ?, ?, " + ip + ") RETURNING id";
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            columns.setTime(insert, 1, entry.occurredAt());
            insert.setString(2, entry.actor());
            insert.setString(3, entry.action());
            insert.setString(4, entry.target());
            insert.setString(5, entry.outcome().column());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.sourceIp());
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** The entries matching {@code query}, newest first (ties broken by the later append). */
    public List<LoggedAuditEntry> find(AuditQuery query) throws SQLException {
        String ip = columns.vendor() == Vendor.POSTGRESQL ? "host(source_ip)" : "source_ip";
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, target, outcome, detail, ")
                .append(ip)
                .append(" AS source_ip FROM audit_log WHERE 1 = 1");
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
        }
        if (query.actor() != null) {
            sql.append(" AND actor = ?");
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int index = 1;
            if (query.from() != null) {
                columns.setTime(select, index++, query.from());
            }
            if (query.to() != null) {
                columns.setTime(select, index++, query.to());
            }
            if (query.actor() != null) {
                select.setString(index++, query.actor());
            }
            if (query.action() != null) {
                select.setString(index++, query.action());
            }
            select.setInt(index, query.limit());
            List<LoggedAuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new LoggedAuditEntry(
                            rows.getLong("id"),
                            new AuditEntry(
                                    columns.time(rows, "occurred_at"),
                                    rows.getString("actor"),
                                    rows.getString("action"),
                                    rows.getString("target"),
                                    AuditOutcome.ofColumn(rows.getString("outcome")),
                                    rows.getString("detail"),
                                    rows.getString("source_ip"))));
                }
            }
            return entries;
        }
    }
}
