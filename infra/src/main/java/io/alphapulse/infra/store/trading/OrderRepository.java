package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.IllegalOrderTransitionException;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderAccepted;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.Vendor;
import io.alphapulse.infra.store.outbox.Outbox;
import io.alphapulse.infra.store.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders, their current state and their history.
 *
 * <p><b>Write before send.</b> {@link #recordSubmission} stores a new order with status {@link
 * OrderStatus#INITIALIZED} together with its outbox message, in one transaction, before anything is
 * sent to a venue: the order is sent by whoever relays that message, so an order is never at a venue
 * without a row here, and a row never exists without the message that sends it. INITIALIZED (not
 * SUBMITTED) because the store cannot know the send happened; the adapter's {@code OrderSubmitted},
 * applied with {@link #apply}, moves it on. A crash between the send and that event leaves an
 * INITIALIZED order that may be at the venue, which is why {@link #unfinishedOrders} includes
 * INITIALIZED orders: they must be reconciled with the venue.
 *
 * <p><b>Events.</b> {@link #apply} checks the transition against {@link OrderStatus}'s table, updates
 * the row, appends a history entry and, for a fill, stores the fill, all in one transaction. A fill
 * whose trade id is already stored is recognized and ignored, so a venue's redelivery changes
 * nothing. The engine's {@code Order} remains the authority on fill arithmetic; the store refuses only
 * what would corrupt the row (an illegal transition, a fill past the order's quantity).
 */
public final class OrderRepository {

    private static final String ORDER_COLUMNS = "client_order_id, account_id, strategy_id, instrument_id, side,"
            + " order_type, quantity, quote_quantity, quote_currency, limit_price, trigger_price, time_in_force,"
            + " status, filled_quantity, filled_notional, average_fill_price, venue_order_id, created_at,"
            + " updated_at";

    private final Database database;
    private final Outbox outbox;
    private final Columns columns;

    public OrderRepository(Database database, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.columns = new Columns(database.vendor());
    }

    /** Like {@link #recordSubmission(SubmitOrder, String, OutboxMessage)} for an order with no known account. */
    public StoredOrder recordSubmission(SubmitOrder command, OutboxMessage message) throws SQLException {
        return recordSubmission(command, null, message);
    }

    /**
     * Stores a new order, status INITIALIZED, and its outbox message in one transaction; call it
     * before the order is sent. Either both are written or neither.
     *
     * @param command the order
     * @param accountId the owning account or user, or {@code null}
     * @param message the message that will send or announce the order
     * @return the order as stored
     * @throws DuplicateClientOrderIdException if an order with the same client order id is stored;
     *     nothing is written
     * @throws SQLException if a write fails, the outbox's included; nothing is written
     */
    public StoredOrder recordSubmission(SubmitOrder command, String accountId, OutboxMessage message)
            throws SQLException {
        Objects.requireNonNull(message, "message");
        return insertSubmission(command, accountId, message);
    }

    /**
     * Stores a new order, status INITIALIZED, with no outbox message: for a venue that runs inside the
     * same process as the kernel (the paper venue), where the order reaches the venue on the kernel
     * thread and is recorded afterwards. A crash can then lose the newest orders from the store, but the
     * paper venue's state is lost with the process anyway; real venues use the outbox overload.
     *
     * @throws DuplicateClientOrderIdException if an order with the same client order id is stored
     */
    public StoredOrder recordInProcessSubmission(SubmitOrder command, String accountId) throws SQLException {
        return insertSubmission(command, accountId, null);
    }

    private StoredOrder insertSubmission(SubmitOrder command, String accountId, OutboxMessage message)
            throws SQLException {
        Objects.requireNonNull(command, "command");
        Instant createdAt = Columns.instantOfNanos(command.timestampNanos());
        return database.inTransaction(connection -> {
            // ON CONFLICT lets the database decide a race between two writers of the same id.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (client_order_id,"
                    + " account_id, strategy_id, instrument_id, side, order_type, quantity, quote_quantity,"
                    + " quote_currency, limit_price, trigger_price, time_in_force, status, filled_quantity,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (client_order_id) DO NOTHING")) {
                insert.setString(1, command.clientOrderId().value());
                insert.setString(2, accountId);
                insert.setString(3, command.strategyId());
                insert.setString(4, command.instrumentId().toString());
                insert.setString(5, command.side().name());
                insert.setString(6, command.type().name());
                columns.setQuantity(insert, 7, command.quantity());
                columns.setMoney(insert, 8, command.quoteQuantity());
                insert.setString(
                        9,
                        command.quoteQuantity() == null
                                ? null
                                : command.quoteQuantity().currency().code());
                columns.setPrice(insert, 10, command.limitPrice());
                columns.setPrice(insert, 11, command.triggerPrice());
                insert.setString(12, command.timeInForce().name());
                insert.setString(13, OrderStatus.INITIALIZED.name());
                columns.setQuantity(
                        insert,
                        14,
                        command.quantity() == null
                                ? null
                                : Quantity.zero(command.quantity().scale()));
                columns.setTime(insert, 15, createdAt);
                columns.setTime(insert, 16, createdAt);
                if (insert.executeUpdate() == 0) {
                    throw new DuplicateClientOrderIdException(command.clientOrderId());
                }
            }
            appendHistory(
                    connection,
                    new OrderHistoryEntry(
                            command.clientOrderId(),
                            1,
                            OrderHistoryEntry.SUBMIT_ORDER,
                            OrderStatus.INITIALIZED,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            createdAt));
            if (message != null) {
                outbox.append(connection, message);
            }
            return find(connection, command.clientOrderId(), false).orElseThrow();
        });
    }

    /**
     * Applies an engine event to its stored order: new status, fill totals and venue order id, one
     * more history entry and, for a fill, the fill itself, all in one transaction.
     *
     * @return {@code false} if {@code event} is a fill whose trade id is already stored (nothing was
     *     written), {@code true} otherwise
     * @throws UnknownOrderException if no order with the event's client order id and instrument is
     *     stored
     * @throws IllegalOrderTransitionException if the order's status cannot move to the event's, or a
     *     fill would exceed the order's quantity; nothing is written
     */
    public boolean apply(OrderEvent event) throws SQLException {
        Objects.requireNonNull(event, "event");
        return database.inTransaction(connection -> {
            // FOR UPDATE serializes concurrent events for one order on PostgreSQL; SQLite's single
            // writer already does.
            StoredOrder order = find(connection, event.clientOrderId(), database.vendor() == Vendor.POSTGRESQL)
                    .filter(stored -> stored.instrumentId().equals(event.instrumentId()))
                    .orElseThrow(() -> new UnknownOrderException(event));
            if (event instanceof OrderFillEvent fill && !FillRows.insert(connection, columns, fill)) {
                return false;
            }
            OrderStatus next = event.resultingStatus();
            if (!order.status().canTransitionTo(next)) {
                throw new IllegalOrderTransitionException(
                        order.clientOrderId(),
                        order.status(),
                        event,
                        order.status() + " -> " + next + " is not an allowed transition");
            }
            Instant occurredAt = Columns.instantOfNanos(event.timestampNanos());
            VenueOrderId venueOrderId = order.venueOrderId();
            Quantity filledQuantity = order.filledQuantity();
            BigDecimal filledNotional = filledNotional(connection, order.clientOrderId());
            Price averageFillPrice = order.averageFillPrice();
            OrderHistoryEntry entry;
            int sequence = nextSequence(connection, order.clientOrderId());
            switch (event) {
                case OrderAccepted accepted -> {
                    venueOrderId = accepted.venueOrderId();
                    entry = historyEntry(order, sequence, event, next, venueOrderId, occurredAt);
                }
                case OrderFillEvent fill -> {
                    BigDecimal filled = (filledQuantity == null ? BigDecimal.ZERO : filledQuantity.toBigDecimal())
                            .add(fill.lastQuantity().toBigDecimal());
                    if (order.quantity() != null
                            && filled.compareTo(order.quantity().toBigDecimal()) > 0) {
                        throw new IllegalOrderTransitionException(
                                order.clientOrderId(),
                                order.status(),
                                event,
                                "fills total " + filled.toPlainString() + ", more than the order's quantity "
                                        + order.quantity());
                    }
                    int quantityScale = order.quantity() != null
                            ? order.quantity().scale()
                            : fill.lastQuantity().scale();
                    filledQuantity = Quantity.of(filled, quantityScale);
                    filledNotional = filledNotional.add(fill.lastPrice()
                            .toBigDecimal()
                            .multiply(fill.lastQuantity().toBigDecimal()));
                    int priceScale = fill.lastPrice().scale();
                    averageFillPrice =
                            Price.of(filledNotional.divide(filled, priceScale, RoundingMode.HALF_EVEN), priceScale);
                    if (venueOrderId == null) {
                        venueOrderId = fill.venueOrderId();
                    }
                    entry = new OrderHistoryEntry(
                            order.clientOrderId(),
                            sequence,
                            event.getClass().getSimpleName(),
                            next,
                            fill.venueOrderId(),
                            fill.tradeId(),
                            fill.lastQuantity(),
                            fill.lastPrice(),
                            fill.commission(),
                            fill.liquiditySide(),
                            null,
                            occurredAt);
                }
                case OrderRejected rejected ->
                    entry = new OrderHistoryEntry(
                            order.clientOrderId(),
                            sequence,
                            event.getClass().getSimpleName(),
                            next,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            rejected.reason(),
                            occurredAt);
                default -> entry = historyEntry(order, sequence, event, next, null, occurredAt);
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE orders SET status = ?,"
                    + " filled_quantity = ?, filled_notional = ?, average_fill_price = ?, venue_order_id = ?,"
                    + " updated_at = ? WHERE client_order_id = ?")) {
                update.setString(1, next.name());
                columns.setQuantity(update, 2, filledQuantity);
                columns.setDecimal(update, 3, filledNotional);
                columns.setPrice(update, 4, averageFillPrice);
                update.setString(5, venueOrderId == null ? null : venueOrderId.value());
                columns.setTime(update, 6, occurredAt);
                update.setString(7, order.clientOrderId().value());
                update.executeUpdate();
            }
            appendHistory(connection, entry);
            return true;
        });
    }

    /** The order with this client order id, if stored. */
    public Optional<StoredOrder> find(ClientOrderId clientOrderId) throws SQLException {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        try (Connection connection = database.connection()) {
            return find(connection, clientOrderId, false);
        }
    }

    /**
     * Orders not yet in a terminal status, oldest first: INITIALIZED (possibly sent, see the class
     * comment), SUBMITTED, ACCEPTED and PARTIALLY_FILLED. What a trader reconciles with its venues on
     * start.
     */
    public List<StoredOrder> unfinishedOrders() throws SQLException {
        // The IN list is exactly the PostgreSQL partial index's predicate, so the planner can use it.
        return list("status IN ('INITIALIZED', 'SUBMITTED', 'ACCEPTED', 'PARTIALLY_FILLED')", null);
    }

    /** Orders in {@code status}, oldest first. */
    public List<StoredOrder> ordersWithStatus(OrderStatus status) throws SQLException {
        Objects.requireNonNull(status, "status");
        return list("status = ?", status.name());
    }

    /** An order's history, in the order it was applied; empty for an unknown order. */
    public List<OrderHistoryEntry> history(ClientOrderId clientOrderId) throws SQLException {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT client_order_id, sequence,"
                        + " event_type, status, venue_order_id, trade_id, last_quantity, last_price, commission,"
                        + " commission_currency, liquidity_side, reason, occurred_at FROM order_events"
                        + " WHERE client_order_id = ? ORDER BY sequence")) {
            query.setString(1, clientOrderId.value());
            try (ResultSet rows = query.executeQuery()) {
                List<OrderHistoryEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    String venueOrderId = rows.getString("venue_order_id");
                    String tradeId = rows.getString("trade_id");
                    String liquiditySide = rows.getString("liquidity_side");
                    String commissionCurrency = rows.getString("commission_currency");
                    entries.add(new OrderHistoryEntry(
                            clientOrderId,
                            rows.getInt("sequence"),
                            rows.getString("event_type"),
                            OrderStatus.valueOf(rows.getString("status")),
                            venueOrderId == null ? null : new VenueOrderId(venueOrderId),
                            tradeId == null ? null : new TradeId(tradeId),
                            columns.quantity(rows, "last_quantity"),
                            columns.price(rows, "last_price"),
                            commissionCurrency == null ? null : columns.money(rows, "commission", commissionCurrency),
                            liquiditySide == null ? null : LiquiditySide.valueOf(liquiditySide),
                            rows.getString("reason"),
                            columns.time(rows, "occurred_at")));
                }
                return entries;
            }
        }
    }

    private List<StoredOrder> list(String condition, String parameter) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders WHERE "
                        + condition + " ORDER BY created_at, client_order_id")) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<StoredOrder> orders = new ArrayList<>();
                while (rows.next()) {
                    orders.add(read(rows));
                }
                return orders;
            }
        }
    }

    private Optional<StoredOrder> find(Connection connection, ClientOrderId clientOrderId, boolean lock)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + ORDER_COLUMNS + " FROM orders WHERE client_order_id = ?" + (lock ? " FOR UPDATE" : ""))) {
            query.setString(1, clientOrderId.value());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private BigDecimal filledNotional(Connection connection, ClientOrderId clientOrderId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT filled_notional FROM orders WHERE client_order_id = ?")) {
            query.setString(1, clientOrderId.value());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return columns.decimal(rows, "filled_notional");
            }
        }
    }

    private static int nextSequence(Connection connection, ClientOrderId clientOrderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(sequence), 0) + 1 FROM order_events WHERE client_order_id = ?")) {
            query.setString(1, clientOrderId.value());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static OrderHistoryEntry historyEntry(
            StoredOrder order,
            int sequence,
            OrderEvent event,
            OrderStatus next,
            VenueOrderId venueOrderId,
            Instant occurredAt) {
        return new OrderHistoryEntry(
                order.clientOrderId(),
                sequence,
                event.getClass().getSimpleName(),
                next,
                venueOrderId,
                null,
                null,
                null,
                null,
                null,
                null,
                occurredAt);
    }

    private void appendHistory(Connection connection, OrderHistoryEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_events (client_order_id,"
                + " sequence, event_type, status, venue_order_id, trade_id, last_quantity, last_price, commission,"
                + " commission_currency, liquidity_side, reason, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.clientOrderId().value());
            insert.setInt(2, entry.sequence());
            insert.setString(3, entry.eventType());
            insert.setString(4, entry.status().name());
            insert.setString(
                    5,
                    entry.venueOrderId() == null ? null : entry.venueOrderId().value());
            insert.setString(6, entry.tradeId() == null ? null : entry.tradeId().value());
            columns.setQuantity(insert, 7, entry.lastQuantity());
            columns.setPrice(insert, 8, entry.lastPrice());
            columns.setMoney(insert, 9, entry.commission());
            insert.setString(
                    10,
                    entry.commission() == null
                            ? null
                            : entry.commission().currency().code());
            insert.setString(
                    11,
                    entry.liquiditySide() == null ? null : entry.liquiditySide().name());
            insert.setString(12, entry.reason());
            columns.setTime(insert, 13, entry.occurredAt());
            insert.executeUpdate();
        }
    }

    private StoredOrder read(ResultSet row) throws SQLException {
        String quoteCurrency = row.getString("quote_currency");
        String venueOrderId = row.getString("venue_order_id");
        Money quoteQuantity = quoteCurrency == null ? null : columns.money(row, "quote_quantity", quoteCurrency);
        return new StoredOrder(
                new ClientOrderId(row.getString("client_order_id")),
                row.getString("account_id"),
                row.getString("strategy_id"),
                InstrumentId.parse(row.getString("instrument_id")),
                OrderSide.valueOf(row.getString("side")),
                OrderType.valueOf(row.getString("order_type")),
                columns.quantity(row, "quantity"),
                quoteQuantity,
                columns.price(row, "limit_price"),
                columns.price(row, "trigger_price"),
                TimeInForce.valueOf(row.getString("time_in_force")),
                OrderStatus.valueOf(row.getString("status")),
                columns.quantity(row, "filled_quantity"),
                columns.price(row, "average_fill_price"),
                venueOrderId == null ? null : new VenueOrderId(venueOrderId),
                columns.time(row, "created_at"),
                columns.time(row, "updated_at"));
    }
}
