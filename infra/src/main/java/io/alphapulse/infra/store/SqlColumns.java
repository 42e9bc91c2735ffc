package io.alphapulse.infra.store;

import io.alphapulse.infra.db.Vendor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binds and reads the columns whose SQL type differs by vendor, so the repositories' SQL stays the
 * same on both: times (PostgreSQL {@code timestamptz}, SQLite epoch milliseconds), exact decimals
 * ({@code numeric}, decimal text) and ids ({@code uuid}, UUID text).
 */
public final class SqlColumns {

    private final Vendor vendor;

    public SqlColumns(Vendor vendor) {
        this.vendor = vendor;
    }

    public Vendor vendor() {
        return vendor;
    }

    public void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        if (time == null) {
            statement.setNull(index, vendor == Vendor.POSTGRESQL ? Types.TIMESTAMP_WITH_TIMEZONE : Types.INTEGER);
        } else if (vendor == Vendor.POSTGRESQL) {
            statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        } else {
            statement.setLong(index, time.toEpochMilli());
        }
    }

    public Instant time(ResultSet row, String column) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    public void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            statement.setBigDecimal(index, value);
        } else {
            statement.setString(index, value == null ? null : value.toPlainString());
        }
    }

    public BigDecimal decimal(ResultSet row, String column) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            return row.getBigDecimal(column);
        }
        String text = row.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    public void setUuid(PreparedStatement statement, int index, UUID id) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            statement.setObject(index, id, Types.OTHER);
        } else {
            statement.setString(index, id == null ? null : id.toString());
        }
    }

    public UUID uuid(ResultSet row, String column) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            return row.getObject(column, UUID.class);
        }
        String text = row.getString(column);
        return text == null ? null : UUID.fromString(text);
    }
}
