package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code fills} table, shared by {@link FillRepository} and {@link OrderRepository} so a fill is
 * written the same way whether it arrives alone or as an order event.
 */
final class FillRows {

    static final String COLUMNS = "trade_id, client_order_id, venue_order_id, instrument_id, side, quantity,"
            + " price, commission, commission_currency, liquidity_side, completes_order, executed_at";

    private FillRows() {}

    /**
     * Inserts {@code fill} unless its venue and trade id are already stored; the database decides,
     * so two writers racing with the same fill still store it once.
     *
     * @return whether the fill was new
     */
    static boolean insert(Connection connection, Columns columns, OrderFillEvent fill) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fills (venue, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (venue, trade_id) DO NOTHING")) {
            insert.setString(1, fill.instrumentId().venue());
            insert.setString(2, fill.tradeId().value());
            insert.setString(3, fill.clientOrderId().value());
            insert.setString(4, fill.venueOrderId().value());
            insert.setString(5, fill.instrumentId().toString());
            insert.setString(6, fill.side().name());
            columns.setQuantity(insert, 7, fill.lastQuantity());
            columns.setPrice(insert, 8, fill.lastPrice());
            columns.setMoney(insert, 9, fill.commission());
            insert.setString(10, fill.commission().currency().code());
            insert.setString(11, fill.liquiditySide().name());
            insert.setBoolean(12, fill instanceof OrderFilled);
            columns.setTime(insert, 13, Columns.instantOfNanos(fill.timestampNanos()));
            return insert.executeUpdate() == 1;
        }
    }

    static StoredFill read(ResultSet row, Columns columns) throws SQLException {
        return new StoredFill(
                new TradeId(row.getString("trade_id")),
                new ClientOrderId(row.getString("client_order_id")),
                new VenueOrderId(row.getString("venue_order_id")),
                InstrumentId.parse(row.getString("instrument_id")),
                OrderSide.valueOf(row.getString("side")),
                columns.quantity(row, "quantity"),
                columns.price(row, "price"),
                columns.money(row, "commission", row.getString("commission_currency")),
                LiquiditySide.valueOf(row.getString("liquidity_side")),
                row.getBoolean("completes_order"),
                columns.time(row, "executed_at"));
    }
}
