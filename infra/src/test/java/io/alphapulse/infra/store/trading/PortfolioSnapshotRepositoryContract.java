package io.alphapulse.infra.store.trading;

import static io.alphapulse.infra.store.trading.Fixtures.T0;
import static io.alphapulse.infra.store.trading.Fixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the snapshot store must do, on SQLite and on PostgreSQL alike. */
abstract class PortfolioSnapshotRepositoryContract extends StoreContract {

    private PortfolioSnapshotRepository snapshots;

    @BeforeEach
    void createRepository() {
        snapshots = new PortfolioSnapshotRepository(database);
    }

    private static PortfolioSnapshot snapshot(String accountId, Instant time, String equity) {
        return new PortfolioSnapshot(accountId, time, usdt(equity), usdt("9000.5"), usdt("12.3"), usdt("-0.00000001"));
    }

    @Test
    void between_returnsTheSnapshotsFromInclusiveToExclusive_oldestFirst() throws SQLException {
        snapshots.append(snapshot("alice", T0.plusSeconds(3), "10003"));
        snapshots.append(snapshot("alice", T0, "10000"));
        snapshots.append(snapshot("alice", T0.plusSeconds(2), "10002"));
        snapshots.append(snapshot("alice", T0.plusSeconds(1), "10001.12345678"));
        snapshots.append(snapshot("bob", T0.plusSeconds(1), "5"));

        assertThat(snapshots.between("alice", T0.plusSeconds(1), T0.plusSeconds(3)))
                .containsExactly(
                        snapshot("alice", T0.plusSeconds(1), "10001.12345678"),
                        snapshot("alice", T0.plusSeconds(2), "10002"));
        assertThat(snapshots.between("alice", T0, T0)).isEmpty();
    }

    @Test
    void append_roundTripsACurrencyOutsideTheWellKnownList() throws SQLException {
        Currency jpy = new Currency("JPY", 0);
        PortfolioSnapshot snapshot = new PortfolioSnapshot(
                "alice", T0, Money.of("1500000", jpy), Money.of("1000", jpy), Money.of("0", jpy), Money.of("-3", jpy));

        snapshots.append(snapshot);

        assertThat(snapshots.between("alice", T0, T0.plusMillis(1))).containsExactly(snapshot);
    }

    @Test
    void between_aRangeEndingBeforeItStarts_isRefusedNamingBothEnds() {
        assertThatThrownBy(() -> snapshots.between("alice", T0.plusSeconds(1), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(T0.toString());
    }
}
