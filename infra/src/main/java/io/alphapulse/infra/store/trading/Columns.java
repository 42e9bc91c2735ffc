package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.infra.db.Vendor;
import io.alphapulse.infra.store.SqlColumns;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Binds and reads the two kinds of column whose type differs by vendor. Decimals are PostgreSQL
 * {@code numeric} and SQLite decimal {@code TEXT}, both written with the value's own scale, so a value
 * reads back at the scale it was written and maps straight onto the engine's value types. Times are
 * PostgreSQL {@code timestamptz} and SQLite epoch milliseconds; both are truncated to the millisecond,
 * so the two stores return the same instants.
 */
final class Columns {

    private final SqlColumns columns;

    Columns(Vendor vendor) {
        this.columns = new SqlColumns(vendor);
    }

    /** An engine time (epoch nanoseconds) at the store's precision. */
    static Instant instantOfNanos(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos).truncatedTo(ChronoUnit.MILLIS);
    }

    /** A stored time as engine epoch nanoseconds. */
    static long nanosOf(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        columns.setDecimal(statement, index, value);
    }

    BigDecimal decimal(ResultSet row, String column) throws SQLException {
        return columns.decimal(row, column);
    }

    /** Truncated to the millisecond, so both stores keep the same instant. */
    void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        columns.setTime(statement, index, time.truncatedTo(ChronoUnit.MILLIS));
    }

    Instant time(ResultSet row, String column) throws SQLException {
        return columns.time(row, column);
    }

    void setPrice(PreparedStatement statement, int index, Price price) throws SQLException {
        setDecimal(statement, index, price == null ? null : price.toBigDecimal());
    }

    void setQuantity(PreparedStatement statement, int index, Quantity quantity) throws SQLException {
        setDecimal(statement, index, quantity == null ? null : quantity.toBigDecimal());
    }

    void setMoney(PreparedStatement statement, int index, Money money) throws SQLException {
        setDecimal(statement, index, money == null ? null : money.toBigDecimal());
    }

    Price price(ResultSet row, String column) throws SQLException {
        BigDecimal value = decimal(row, column);
        return value == null ? null : Price.of(value, value.scale());
    }

    Quantity quantity(ResultSet row, String column) throws SQLException {
        BigDecimal value = decimal(row, column);
        return value == null ? null : Quantity.of(value, value.scale());
    }

    /**
     * Money in {@code currencyCode}, the currency's scale being the scale the amount was written
     * with: that round-trips currencies outside {@link Currency}'s well-known list too.
     */
    Money money(ResultSet row, String column, String currencyCode) throws SQLException {
        BigDecimal value = decimal(row, column);
        return value == null ? null : Money.of(value, new Currency(currencyCode, value.scale()));
    }
}
