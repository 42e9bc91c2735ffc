package io.alphapulse.infra.store.trading;

import static io.alphapulse.infra.store.trading.Fixtures.BTC;
import static io.alphapulse.infra.store.trading.Fixtures.ETH;
import static io.alphapulse.infra.store.trading.Fixtures.T0;
import static io.alphapulse.infra.store.trading.Fixtures.price;
import static io.alphapulse.infra.store.trading.Fixtures.quantity;
import static io.alphapulse.infra.store.trading.Fixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.portfolio.Position;
import io.alphapulse.engine.portfolio.PositionSide;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the position store must do, on SQLite and on PostgreSQL alike. */
abstract class PositionRepositoryContract extends StoreContract {

    private PositionRepository positions;

    @BeforeEach
    void createRepository() {
        positions = new PositionRepository(database);
    }

    @Test
    void upsert_keepsOneCurrentRowPerAccountAndInstrument() throws SQLException {
        Position opened = new Position(
                BTC,
                PositionSide.LONG,
                quantity("0.5"),
                price("100.00"),
                usdt("50"),
                price("101.00"),
                usdt("50.5"),
                usdt("0.5"),
                usdt("0"));
        positions.upsert(PositionRecord.of("alice", opened, T0));
        PositionRecord reduced = new PositionRecord(
                "alice", BTC, PositionSide.LONG, quantity("0.2"), price("100.00"), usdt("0.3"), T0.plusSeconds(1));

        positions.upsert(reduced);

        assertThat(positions.find("alice", BTC)).contains(reduced);
        assertThat(positions.positionsOf("alice")).containsExactly(reduced);
    }

    @Test
    void upsert_ofAClosedPosition_keepsItsRealizedPnl() throws SQLException {
        positions.upsert(
                new PositionRecord("alice", BTC, PositionSide.SHORT, quantity("1"), price("100.00"), usdt("0"), T0));
        PositionRecord closed = new PositionRecord(
                "alice", BTC, PositionSide.FLAT, quantity("0"), price("0.00"), usdt("-12.34567891"), T0.plusSeconds(9));

        positions.upsert(closed);

        assertThat(positions.find("alice", BTC)).contains(closed);
    }

    @Test
    void positionsOf_readsOnlyThatAccount_byInstrument() throws SQLException {
        PositionRecord btc =
                new PositionRecord("alice", BTC, PositionSide.LONG, quantity("1"), price("100.00"), usdt("0"), T0);
        PositionRecord eth =
                new PositionRecord("alice", ETH, PositionSide.SHORT, quantity("2"), price("10.00"), usdt("1"), T0);
        positions.upsert(eth);
        positions.upsert(btc);
        positions.upsert(
                new PositionRecord("bob", BTC, PositionSide.LONG, quantity("3"), price("99.00"), usdt("0"), T0));

        assertThat(positions.positionsOf("alice")).containsExactly(btc, eth);
        assertThat(positions.find("carol", BTC)).isEmpty();
    }

    @Test
    void positionRecord_flatWithAQuantity_isRefused() {
        assertThatThrownBy(() -> new PositionRecord(
                        "alice", BTC, PositionSide.FLAT, quantity("1"), price("1.00"), usdt("0"), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FLAT");
    }
}
