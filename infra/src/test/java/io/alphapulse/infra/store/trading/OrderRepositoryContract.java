package io.alphapulse.infra.store.trading;

import static io.alphapulse.infra.store.trading.Fixtures.BTC;
import static io.alphapulse.infra.store.trading.Fixtures.T0;
import static io.alphapulse.infra.store.trading.Fixtures.VENUE_ORDER;
import static io.alphapulse.infra.store.trading.Fixtures.finalFill;
import static io.alphapulse.infra.store.trading.Fixtures.limitBuy;
import static io.alphapulse.infra.store.trading.Fixtures.nanos;
import static io.alphapulse.infra.store.trading.Fixtures.partialFill;
import static io.alphapulse.infra.store.trading.Fixtures.price;
import static io.alphapulse.infra.store.trading.Fixtures.quantity;
import static io.alphapulse.infra.store.trading.Fixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.IllegalOrderTransitionException;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderAccepted;
import io.alphapulse.engine.orders.OrderCanceled;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.engine.orders.OrderSubmitted;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.infra.store.outbox.ClaimedMessage;
import io.alphapulse.infra.store.outbox.Outbox;
import io.alphapulse.infra.store.outbox.OutboxMessage;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the order store must do, on SQLite and on PostgreSQL alike. */
abstract class OrderRepositoryContract extends StoreContract {

    private Outbox outbox;
    private OrderRepository orders;
    private FillRepository fills;

    @BeforeEach
    void createRepositories() {
        outbox = new Outbox(database, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC), Outbox.DEFAULT_LEASE);
        orders = new OrderRepository(database, outbox);
        fills = new FillRepository(database);
    }

    private static OutboxMessage message(String clientOrderId) {
        return OutboxMessage.of("orders", clientOrderId, "submit " + clientOrderId, T0);
    }

    @Test
    void recordSubmission_storesTheOrderInitialized_andItsOutboxMessage() throws SQLException {
        OutboxMessage message = message("A-1");

        StoredOrder stored = orders.recordSubmission(limitBuy("A-1"), "alice", message);

        assertThat(stored.clientOrderId()).isEqualTo(new ClientOrderId("A-1"));
        assertThat(stored.accountId()).isEqualTo("alice");
        assertThat(stored.strategyId()).isEqualTo("sma-cross");
        assertThat(stored.instrumentId()).isEqualTo(BTC);
        assertThat(stored.side()).isEqualTo(OrderSide.BUY);
        assertThat(stored.type()).isEqualTo(OrderType.LIMIT);
        assertThat(stored.quantity()).isEqualTo(quantity("0.5"));
        assertThat(stored.quoteQuantity()).isNull();
        assertThat(stored.limitPrice()).isEqualTo(price("100.00"));
        assertThat(stored.triggerPrice()).isNull();
        assertThat(stored.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(stored.status()).isEqualTo(OrderStatus.INITIALIZED);
        assertThat(stored.filledQuantity()).isEqualTo(quantity("0"));
        assertThat(stored.averageFillPrice()).isNull();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(orders.find(new ClientOrderId("A-1"))).contains(stored);
        assertThat(outbox.claimBatch(10)).extracting(ClaimedMessage::message).containsExactly(message);
    }

    @Test
    void recordSubmission_withAClientOrderIdAlreadyStored_isRefused_andWritesNothing() throws SQLException {
        orders.recordSubmission(limitBuy("A-1"), message("A-1"));
        SubmitOrder sameId = SubmitOrder.market(
                new ClientOrderId("A-1"), BTC, OrderSide.SELL, quantity("1"), "manual", nanos(T0.plusSeconds(5)));

        assertThatThrownBy(() -> orders.recordSubmission(sameId, message("A-1")))
                .isInstanceOf(DuplicateClientOrderIdException.class)
                .hasMessageContaining("'A-1'");

        assertThat(orders.find(new ClientOrderId("A-1")).orElseThrow().side()).isEqualTo(OrderSide.BUY);
        assertThat(orders.history(new ClientOrderId("A-1"))).hasSize(1);
        assertThat(outbox.pendingCount()).isOne();
    }

    @Test
    void recordSubmission_whenTheOutboxInsertFails_rollsBackTheOrderToo() throws SQLException {
        OutboxMessage first = message("A-1");
        orders.recordSubmission(limitBuy("A-1"), first);
        // The outbox refuses a second message with the same id: the injected failure.
        OutboxMessage clash = new OutboxMessage(first.id(), "orders", "A-2", "submit A-2", T0);

        assertThatThrownBy(() -> orders.recordSubmission(limitBuy("A-2"), clash))
                .isInstanceOf(SQLException.class);

        assertThat(orders.find(new ClientOrderId("A-2"))).isEmpty();
        assertThat(orders.history(new ClientOrderId("A-2"))).isEmpty();
        assertThat(outbox.pendingCount()).isOne();
        // The failed attempt left nothing behind: the id is free for a correct retry.
        orders.recordSubmission(limitBuy("A-2"), message("A-2"));
        assertThat(orders.find(new ClientOrderId("A-2"))).isPresent();
    }

    @Test
    void recordSubmission_ofAQuoteSizedOrder_keepsTheQuoteAmount_andLearnsTheQuantityFromItsFill() throws SQLException {
        SubmitOrder command = SubmitOrder.marketQuote(
                new ClientOrderId("Q-1"), BTC, OrderSide.BUY, usdt("250.5"), "sma-cross", nanos(T0));
        orders.recordSubmission(command, message("Q-1"));
        orders.apply(new OrderSubmitted(command.clientOrderId(), BTC, nanos(T0.plusSeconds(1))));

        orders.apply(finalFill("Q-1", "T-9", "2.5", "100.20"));

        StoredOrder stored = orders.find(command.clientOrderId()).orElseThrow();
        assertThat(stored.quantity()).isNull();
        assertThat(stored.quoteQuantity()).isEqualTo(usdt("250.5"));
        assertThat(stored.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(stored.filledQuantity()).isEqualTo(quantity("2.5"));
        assertThat(stored.averageFillPrice()).isEqualTo(price("100.20"));
    }

    @Test
    void apply_keepsStatusFillsAndHistory_inTheOrderEventsHappened() throws SQLException {
        ClientOrderId id = new ClientOrderId("A-1");
        orders.recordSubmission(limitBuy("A-1"), message("A-1"));

        orders.apply(new OrderSubmitted(id, BTC, nanos(T0.plusMillis(500))));
        orders.apply(new OrderAccepted(id, BTC, VENUE_ORDER, nanos(T0.plusSeconds(1))));
        orders.apply(partialFill("A-1", "T-1", "0.2", "100.00"));
        orders.apply(finalFill("A-1", "T-2", "0.3", "101.00"));

        StoredOrder stored = orders.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(stored.filledQuantity()).isEqualTo(quantity("0.5"));
        // (0.2 × 100 + 0.3 × 101) / 0.5 = 100.60
        assertThat(stored.averageFillPrice()).isEqualTo(price("100.60"));
        assertThat(stored.venueOrderId()).isEqualTo(VENUE_ORDER);
        assertThat(stored.updatedAt()).isEqualTo(T0.plusSeconds(3));
        List<OrderHistoryEntry> history = orders.history(id);
        assertThat(history).extracting(OrderHistoryEntry::sequence).containsExactly(1, 2, 3, 4, 5);
        assertThat(history)
                .extracting(OrderHistoryEntry::eventType)
                .containsExactly(
                        "SubmitOrder", "OrderSubmitted", "OrderAccepted", "OrderPartiallyFilled", "OrderFilled");
        assertThat(history)
                .extracting(OrderHistoryEntry::status)
                .containsExactly(
                        OrderStatus.INITIALIZED,
                        OrderStatus.SUBMITTED,
                        OrderStatus.ACCEPTED,
                        OrderStatus.PARTIALLY_FILLED,
                        OrderStatus.FILLED);
        OrderHistoryEntry lastFill = history.get(4);
        assertThat(lastFill.tradeId()).isEqualTo(new TradeId("T-2"));
        assertThat(lastFill.lastQuantity()).isEqualTo(quantity("0.3"));
        assertThat(lastFill.lastPrice()).isEqualTo(price("101.00"));
        assertThat(lastFill.commission()).isEqualTo(usdt("0.02"));
        assertThat(lastFill.liquiditySide()).isEqualTo(LiquiditySide.TAKER);
        assertThat(lastFill.occurredAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(fills.fillsOf(id))
                .extracting(StoredFill::tradeId)
                .containsExactly(new TradeId("T-1"), new TradeId("T-2"));
    }

    @Test
    void apply_theSameFillTwice_storesItOnce_andReportsTheRepeat() throws SQLException {
        ClientOrderId id = new ClientOrderId("A-1");
        orders.recordSubmission(limitBuy("A-1"), message("A-1"));
        orders.apply(new OrderSubmitted(id, BTC, nanos(T0.plusMillis(500))));
        orders.apply(new OrderAccepted(id, BTC, VENUE_ORDER, nanos(T0.plusSeconds(1))));
        OrderFilled fill = finalFill("A-1", "T-1", "0.5", "100.00");

        assertThat(orders.apply(fill)).isTrue();
        assertThat(orders.apply(fill)).isFalse();

        assertThat(orders.find(id).orElseThrow().filledQuantity()).isEqualTo(quantity("0.5"));
        assertThat(orders.history(id)).hasSize(4);
        assertThat(fills.fillsOf(id)).hasSize(1);
    }

    @Test
    void apply_anEventTheStatusCannotTake_isRefused_andWritesNothing() throws SQLException {
        ClientOrderId id = new ClientOrderId("A-1");
        orders.recordSubmission(limitBuy("A-1"), message("A-1"));
        orders.apply(new OrderRejected(id, BTC, "risk: max notional", nanos(T0.plusSeconds(1))));

        assertThatThrownBy(() -> orders.apply(finalFill("A-1", "T-1", "0.5", "100.00")))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("REJECTED");

        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(orders.history(id))
                .extracting(OrderHistoryEntry::reason)
                .containsExactly(null, "risk: max notional");
        assertThat(fills.fillsOf(id)).as("the refused fill is rolled back too").isEmpty();
    }

    @Test
    void apply_aFillBeyondTheOrderQuantity_isRefused() throws SQLException {
        ClientOrderId id = new ClientOrderId("A-1");
        orders.recordSubmission(limitBuy("A-1"), message("A-1"));
        orders.apply(new OrderSubmitted(id, BTC, nanos(T0.plusMillis(500))));
        orders.apply(new OrderAccepted(id, BTC, VENUE_ORDER, nanos(T0.plusSeconds(1))));

        assertThatThrownBy(() -> orders.apply(partialFill("A-1", "T-1", "0.6", "100.00")))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("0.6");

        assertThat(orders.find(id).orElseThrow().filledQuantity()).isEqualTo(quantity("0"));
    }

    @Test
    void apply_toAnOrderNeverStored_isRefusedNamingIt() {
        assertThatThrownBy(() -> orders.apply(new OrderSubmitted(new ClientOrderId("ghost"), BTC, nanos(T0))))
                .isInstanceOf(UnknownOrderException.class)
                .hasMessageContaining("'ghost'");
    }

    @Test
    void unfinishedOrders_listsEveryOrderNotYetTerminal_oldestFirst() throws SQLException {
        orders.recordSubmission(limitBuy("A-1"), message("A-1"));
        orders.recordSubmission(limitBuy("A-2"), message("A-2"));
        orders.recordSubmission(limitBuy("A-3"), message("A-3"));
        orders.apply(new OrderSubmitted(new ClientOrderId("A-2"), BTC, nanos(T0.plusSeconds(1))));
        orders.apply(new OrderSubmitted(new ClientOrderId("A-3"), BTC, nanos(T0.plusSeconds(1))));
        orders.apply(new OrderCanceled(new ClientOrderId("A-3"), BTC, nanos(T0.plusSeconds(2))));

        assertThat(orders.unfinishedOrders())
                .extracting(order -> order.clientOrderId().value())
                .containsExactly("A-1", "A-2");
        assertThat(orders.ordersWithStatus(OrderStatus.CANCELED))
                .extracting(order -> order.clientOrderId().value())
                .containsExactly("A-3");
        assertThat(orders.ordersWithStatus(OrderStatus.FILLED)).isEmpty();
    }
}
