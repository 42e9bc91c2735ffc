package io.alphapulse.infra.store.bars;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.Vendor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Instruments in the store, keyed by {@code venue:symbol}. Tick, lot and minimums keep their written
 * scale (decimal text on SQLite, unconstrained {@code numeric} on PostgreSQL), so an instrument reads
 * back equal to the one stored. Currencies are stored by code: a well-known code reads back as its
 * constant, any other with 8 decimals (or the minimum notional's, if finer), as {@code
 * InstrumentResolver} creates them.
 */
public final class InstrumentRepository {

    private static final int DEFAULT_CURRENCY_SCALE = 8;

    private final Database database;

    public InstrumentRepository(Database database) {
        this.database = database;
    }

    /** Stores {@code instrument}, replacing the stored one with the same id. */
    public void upsert(Instrument instrument) throws SQLException {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO instruments (id, venue, symbol,"
                    + " base_currency, quote_currency, price_increment, size_increment, min_quantity, min_notional)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " base_currency = excluded.base_currency, quote_currency = excluded.quote_currency,"
                    + " price_increment = excluded.price_increment, size_increment = excluded.size_increment,"
                    + " min_quantity = excluded.min_quantity, min_notional = excluded.min_notional")) {
                upsert.setString(1, instrument.id().toString());
                upsert.setString(2, instrument.id().venue());
                upsert.setString(3, instrument.id().symbol());
                upsert.setString(4, instrument.baseCurrency().code());
                upsert.setString(5, instrument.quoteCurrency().code());
                setDecimal(upsert, 6, instrument.priceIncrement().toBigDecimal());
                setDecimal(upsert, 7, instrument.sizeIncrement().toBigDecimal());
                setDecimal(upsert, 8, instrument.minQuantity().toBigDecimal());
                setDecimal(upsert, 9, instrument.minNotional().toBigDecimal());
                return upsert.executeUpdate();
            }
        });
    }

    /** The stored instrument with this id, or empty. */
    public Optional<Instrument> find(InstrumentId id) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT base_currency, quote_currency,"
                                + " price_increment, size_increment, min_quantity, min_notional FROM instruments WHERE id = ?")) {
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                BigDecimal minNotional = decimal(rows, 6);
                Currency quote = currency(rows.getString(2), minNotional.scale());
                return Optional.of(new Instrument(
                        id,
                        currency(rows.getString(1), DEFAULT_CURRENCY_SCALE),
                        quote,
                        Price.parse(decimal(rows, 3).toPlainString()),
                        Quantity.parse(decimal(rows, 4).toPlainString()),
                        Quantity.parse(decimal(rows, 5).toPlainString()),
                        Money.of(minNotional, quote)));
            }
        }
    }

    private void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (database.vendor() == Vendor.SQLITE) {
            statement.setString(index, value.toPlainString());
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    private static BigDecimal decimal(ResultSet rows, int index) throws SQLException {
        return new BigDecimal(rows.getString(index));
    }

    private static Currency currency(String code, int neededScale) {
        return Currency.isWellKnown(code)
                ? Currency.of(code)
                : new Currency(code, Math.max(DEFAULT_CURRENCY_SCALE, neededScale));
    }
}
