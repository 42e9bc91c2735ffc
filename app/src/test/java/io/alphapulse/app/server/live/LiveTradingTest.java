package io.alphapulse.app.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.outbox.Outbox;
import io.alphapulse.infra.store.trading.FillRepository;
import io.alphapulse.infra.store.trading.OrderRepository;
import io.alphapulse.infra.store.trading.PortfolioSnapshotRepository;
import io.alphapulse.infra.store.trading.PositionRepository;
import io.alphapulse.infra.store.trading.SignalRepository;
import io.alphapulse.infra.store.trading.StoredOrder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live paper trading end to end without the web layer: the real kernel, synthetic feed, venue matching
 * on trades, risk checks and persistence on a temporary SQLite database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveTradingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
    private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-000000000b0b");

    private Path directory;

    private TestDatabase store;
    private Database database;
    private OrderRepository orders;
    private LiveTrading trading;
    private final List<LiveEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start(@TempDir Path directory) {
        this.directory = directory;
        store = TestDatabase.sqlite(directory);
        database = store.database();
        database.migrate();
        orders = new OrderRepository(database, new Outbox(database, Clock.systemUTC(), Outbox.DEFAULT_LEASE));
        trading = paperTrading(directory, List.of("BTC-USDT", "ETH-USDT"), 42, database, orders);
        trading.events().subscribe(events::add);
        trading.start();
    }

    @AfterAll
    void stop() {
        if (trading != null) {
            trading.stop();
        }
        store.close();
    }

    private LiveView view() {
        return trading.view();
    }

    private TradingCommands desk() {
        return trading.commands();
    }

    private static OrderRequest market(String side, String quantity) {
        return new OrderRequest("sim", "BTC-USDT", side, "market", new BigDecimal(quantity), null, null, null, null);
    }

    private static OrderRequest limit(String side, String quantity, String price, String id) {
        return new OrderRequest(
                "sim", "BTC-USDT", side, "limit", new BigDecimal(quantity), new BigDecimal(price), null, null, id);
    }

    @Test
    void pricesMove_andHistoryWasStoredAtStart() throws Exception {
        assertThat(view().price("BTC-USDT")).isPresent();
        long firstTs = view().price("BTC-USDT").orElseThrow().ts();
        await().atMost(PATIENCE)
                .until(() -> view().price("btc-usdt").orElseThrow().ts() > firstTs);
        assertThat(events).anyMatch(event -> event.topic().equals(LiveEvent.PRICES));
        assertThat(BarRepository.on(database)
                        .count(
                                io.alphapulse.adapters.sim.Instruments.BTC_USDT,
                                io.alphapulse.engine.data.Timeframe.ONE_MINUTE))
                .isGreaterThanOrEqualTo(359);
        assertThat(view().status().kernelAlive()).isTrue();
        assertThat(view().status().feeds()).singleElement().satisfies(feed -> assertThat(feed.running())
                .isTrue());
    }

    @Test
    void marketOrder_fillsAtTheNextTrade_isVisibleToItsOwnerOnly_andIsPersisted() throws Exception {
        OrderView placed = desk().submit(market("buy", "0.01"), ALICE);
        assertThat(placed.status()).isIn("accepted", "filled");
        assertThat(placed.source()).isEqualTo("manual");

        await().atMost(PATIENCE)
                .until(() ->
                        view().order(placed.id(), ALICE).orElseThrow().status().equals("filled"));
        OrderView filled = view().order(placed.id(), ALICE).orElseThrow();
        assertThat(filled.filledQuantity()).isEqualByComparingTo("0.01");
        assertThat(view().trades(ALICE, 10)).anyMatch(trade -> trade.orderId().equals(placed.id()));
        assertThat(view().order(placed.id(), BOB)).isEmpty();
        assertThat(view().orders(BOB)).noneMatch(order -> order.id().equals(placed.id()));
        assertThat(view().trades(BOB, 100)).noneMatch(trade -> trade.orderId().equals(placed.id()));
        await().atMost(PATIENCE).until(() -> view().portfolio().positions().stream()
                .anyMatch(position -> position.symbol().equals("BTC-USDT")));

        await().atMost(PATIENCE).until(() -> orders.find(new ClientOrderId(placed.id()))
                .map(StoredOrder::status)
                .map(Object::toString)
                .orElse("")
                .equals("FILLED"));
        assertThat(new FillRepository(database).fillsOf(new ClientOrderId(placed.id())))
                .hasSize(1);
        assertThat(count("SELECT count(*) FROM orders WHERE client_order_id = '" + placed.id() + "' AND account_id = '"
                        + ALICE + "'"))
                .isEqualTo(1);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM positions") > 0);
    }

    @Test
    void restingLimit_canBeCanceledOnce_byItsOwner() {
        OrderView placed = desk().submit(limit("buy", "0.01", "1000.00", "alice-limit-1"), ALICE);
        assertThat(placed.status()).isEqualTo("accepted");
        assertThat(placed.price()).isEqualByComparingTo("1000");

        assertThatThrownBy(() -> desk().cancel("alice-limit-1", BOB))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> assertThat(e.kind())
                        .isEqualTo(TradingRequestException.Kind.NOT_FOUND));
        assertThat(desk().cancel("alice-limit-1", ALICE).status()).isEqualTo("canceled");
        assertThatThrownBy(() -> desk().cancel("alice-limit-1", ALICE))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> assertThat(e.kind())
                        .isEqualTo(TradingRequestException.Kind.CONFLICT));
        assertThatThrownBy(() -> desk().submit(limit("buy", "0.01", "1000.00", "alice-limit-1"), ALICE))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TradingRequestException.Kind.CONFLICT);
                    assertThat(e.field()).isEqualTo("clientOrderId");
                });
    }

    @Test
    void badOrders_nameTheField() {
        assertInvalid(
                new OrderRequest("sim", "DOGE-USDT", "buy", "market", BigDecimal.ONE, null, null, null, null),
                "symbol");
        assertInvalid(
                new OrderRequest("nasdaq", "BTC-USDT", "buy", "market", BigDecimal.ONE, null, null, null, null),
                "venue");
        assertInvalid(market("hold", "0.01"), "side");
        assertInvalid(
                new OrderRequest("sim", "BTC-USDT", "buy", "iceberg", BigDecimal.ONE, null, null, null, null), "type");
        assertInvalid(market("buy", "0.000001"), "quantity");
        assertInvalid(market("buy", "-1"), "quantity");
        assertInvalid(
                new OrderRequest("sim", "BTC-USDT", "buy", "limit", BigDecimal.ONE, null, null, null, null), "price");
        assertInvalid(limit("buy", "0.01", "100.001", null), "price");
        assertInvalid(
                new OrderRequest("sim", "BTC-USDT", "buy", "market", BigDecimal.ONE, BigDecimal.TEN, null, null, null),
                "price");
        assertInvalid(
                new OrderRequest("sim", "BTC-USDT", "buy", "stop", BigDecimal.ONE, null, null, null, null),
                "stopPrice");
        assertInvalid(
                new OrderRequest("sim", "BTC-USDT", "buy", "market", BigDecimal.ONE, null, null, "day", null),
                "timeInForce");
        assertInvalid(limit("buy", "0.01", "100", "bad id with spaces"), "clientOrderId");
        assertInvalid(market("buy", "1e400"), "quantity");
    }

    @Test
    void ordersTheRiskEngineRefuses_areRejectedWithTheReason() {
        // 100 BTC at ~65,000 is far beyond the cash of 100,000 USDT and the default notional limits.
        assertThatThrownBy(() -> desk().submit(market("buy", "100"), ALICE))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TradingRequestException.Kind.REJECTED);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void killSwitch_cancelsOpenOrders_andRefusesNewOnes_untilResumed() {
        OrderView resting = desk().submit(limit("buy", "0.01", "1000.00", null), ALICE);
        assertThat(desk().halt("alice").state()).isEqualTo("halted");
        assertThat(view().order(resting.id(), ALICE).orElseThrow().status()).isEqualTo("canceled");
        assertThatThrownBy(() -> desk().submit(limit("buy", "0.01", "1000.00", null), ALICE))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> assertThat(e.kind())
                        .isEqualTo(TradingRequestException.Kind.CONFLICT));
        assertThat(desk().resume("alice").state()).isEqualTo("running");
        assertThat(view().controls().changedBy()).isEqualTo("alice");
        OrderView after = desk().submit(limit("buy", "0.01", "1000.00", null), ALICE);
        assertThat(after.status()).isEqualTo("accepted");
        desk().cancel(after.id(), ALICE);
        assertThat(desk().pause("alice").state()).isEqualTo("paused");
        assertThat(desk().resume("alice").state()).isEqualTo("running");
    }

    @Test
    void strategyParameters_areValidated_andApplied() {
        StrategyView before = view().strategies().getFirst();
        assertThat(before.name()).isEqualTo("ensemble");
        assertThat(before.symbols()).containsExactly("BTC-USDT", "ETH-USDT");
        assertThatThrownBy(() -> desk().updateStrategy("ensemble", null, Map.of("threshold", "7")))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TradingRequestException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("threshold");
                });
        assertThatThrownBy(() -> desk().updateStrategy("momentum", true, null))
                .isInstanceOfSatisfying(TradingRequestException.class, e -> assertThat(e.kind())
                        .isEqualTo(TradingRequestException.Kind.NOT_FOUND));
        StrategyView changed = desk().updateStrategy("ensemble", false, Map.of("threshold", "0.5"));
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.parameters()).containsEntry("threshold", "0.5");
        assertThat(desk().updateStrategy("ensemble", true, null).enabled()).isTrue();
    }

    @Test
    void portfolioSnapshots_arePublished_andStored() {
        await().atMost(PATIENCE).until(() -> view().equityHistory().size() >= 2);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM portfolio_snapshots") >= 2);
        PortfolioView portfolio = view().portfolio();
        assertThat(portfolio.currency()).isEqualTo("USDT");
        assertThat(portfolio.accounts())
                .extracting(PortfolioView.CurrencyBalance::currency)
                .contains("USDT");
        assertThat(portfolio.ts()).isGreaterThan(Instant.now().minusSeconds(60).toEpochMilli());
    }

    private void assertInvalid(OrderRequest request, String field) {
        assertThatThrownBy(() -> desk().submit(request, ALICE))
                .as("field %s", field)
                .isInstanceOfSatisfying(TradingRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TradingRequestException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Live paper trading on the simulated venue over {@code database}, not started yet: the ensemble
     * strategy on 1-minute bars of {@code symbols}, the synthetic feed seeded with {@code seed}.
     */
    static LiveTrading paperTrading(
            Path directory, List<String> symbols, long seed, Database database, OrderRepository orders) {
        ServerSettings settings = new ServerSettings(
                0,
                directory,
                List.of("all"),
                "inprocess",
                List.of("sim"),
                null,
                new ServerSettings.Db("unused", null, null),
                new ServerSettings.Trading(
                        "ensemble",
                        symbols,
                        Map.of(),
                        "1m",
                        new BigDecimal("100000"),
                        "USDT",
                        seed,
                        Duration.ofSeconds(1),
                        new BigDecimal("10"),
                        Duration.ofSeconds(5),
                        1),
                new ServerSettings.Backup(false, null, Duration.ofHours(6), 7));
        return new LiveTrading(
                settings,
                BarRepository.on(database),
                orders,
                new FillRepository(database),
                new PositionRepository(database),
                new SignalRepository(database),
                new PortfolioSnapshotRepository(database));
    }
}
