package io.alphapulse.app.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.store.outbox.Outbox;
import io.alphapulse.infra.store.trading.FillRepository;
import io.alphapulse.infra.store.trading.OrderRepository;
import io.alphapulse.infra.store.trading.PortfolioSnapshotRepository;
import io.alphapulse.infra.store.trading.StoredOrder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart keeps the paper account: cash and positions come back from the stored fills. */
class LiveTradingRestartTest {

    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void restart_restoresCashAndPositions_closesLeftoverOrders_andKeepsIdsUnique(@TempDir Path directory)
            throws Exception {
        try (TestDatabase store = TestDatabase.sqlite(directory)) {
            Database database = store.database();
            database.migrate();
            OrderRepository orders =
                    new OrderRepository(database, new Outbox(database, Clock.systemUTC(), Outbox.DEFAULT_LEASE));

            LiveTrading first = start(database, orders);
            String bought;
            String resting;
            PortfolioView before;
            try {
                bought = first.commands().submit(buy(), ALICE).id();
                await().atMost(PATIENCE).until(() -> first.view()
                        .order(bought, ALICE)
                        .orElseThrow()
                        .status()
                        .equals("filled"));
                resting = first.commands()
                        .submit(
                                new OrderRequest(
                                        "sim",
                                        "BTC-USDT",
                                        "buy",
                                        "limit",
                                        new BigDecimal("0.01"),
                                        new BigDecimal("1000"),
                                        null,
                                        null,
                                        null),
                                ALICE)
                        .id();
                await().atMost(PATIENCE)
                        .until(() -> orders.find(new ClientOrderId(resting))
                                        .map(StoredOrder::status)
                                        .orElse(null)
                                == OrderStatus.ACCEPTED);
                await().atMost(PATIENCE)
                        .until(() -> position(first.view().portfolio()).signum() > 0);
                before = first.view().portfolio();
            } finally {
                first.stop();
            }
            BigDecimal btcHeld = position(before);
            assertThat(btcHeld).isEqualByComparingTo("0.01");

            LiveTrading second = start(database, orders);
            try {
                PortfolioView after = second.view().portfolio();
                assertThat(position(after)).isEqualByComparingTo(btcHeld);
                assertThat(after.cash()).isEqualByComparingTo(before.cash());
                assertThat(orders.find(new ClientOrderId(resting)).orElseThrow().status())
                        .isEqualTo(OrderStatus.CANCELED);
                assertThat(new PortfolioSnapshotRepository(database)
                                .between(
                                        "paper",
                                        java.time.Instant.EPOCH,
                                        java.time.Instant.now().plusSeconds(60)))
                        .as("stored")
                        .isNotEmpty();
                assertThat(second.view().equityHistory()).isNotEmpty();

                String again = second.commands().submit(buy(), ALICE).id();
                await().atMost(PATIENCE)
                        .until(() -> orders.find(new ClientOrderId(again))
                                        .map(StoredOrder::status)
                                        .orElse(null)
                                == OrderStatus.FILLED);
                assertThat(new FillRepository(database).fillsOfVenue("sim")).hasSize(2);
            } finally {
                second.stop();
            }
        }
    }

    private static BigDecimal position(PortfolioView portfolio) {
        return portfolio.positions().stream()
                .filter(position -> position.symbol().equals("BTC-USDT"))
                .map(PositionView::quantity)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private static OrderRequest buy() {
        return new OrderRequest("sim", "BTC-USDT", "buy", "market", new BigDecimal("0.01"), null, null, null, null);
    }

    private static LiveTrading start(Database database, OrderRepository orders) {
        LiveTrading trading = LiveTradingTest.paperTrading(Path.of("."), List.of("BTC-USDT"), 7, database, orders);
        trading.start();
        return trading;
    }
}
