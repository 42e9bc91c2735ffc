package io.alphapulse.infra.store.trading;

import static io.alphapulse.infra.store.trading.Fixtures.BTC;
import static io.alphapulse.infra.store.trading.Fixtures.ETH;
import static io.alphapulse.infra.store.trading.Fixtures.T0;
import static io.alphapulse.infra.store.trading.Fixtures.nanos;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.trading.Signal;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the signal store must do, on SQLite and on PostgreSQL alike. */
abstract class SignalRepositoryContract extends StoreContract {

    private SignalRepository signals;

    @BeforeEach
    void createRepository() {
        signals = new SignalRepository(database);
    }

    @Test
    void recent_returnsTheLatestSignals_newestFirst() throws SQLException {
        Signal first = new Signal("sma-cross", BTC, 0.25, nanos(T0));
        Signal second = new Signal("rsi-reversion", ETH, -0.1234567890123, nanos(T0.plusSeconds(1)));
        Signal third = new Signal("sma-cross", BTC, 1.0, nanos(T0.plusSeconds(2)));
        signals.append(second);
        signals.append(first);
        signals.append(third);

        assertThat(signals.recent(2)).containsExactly(third, second);
        assertThat(signals.recent(10)).containsExactly(third, second, first);
        assertThat(signals.recent(BTC, 10)).containsExactly(third, first);
    }

    @Test
    void append_keepsTheTimeToTheMillisecond() throws SQLException {
        signals.append(new Signal("sma-cross", BTC, 0.5, nanos(T0) + 456_789));

        assertThat(signals.recent(1).getFirst().timestampNanos()).isEqualTo(nanos(T0));
    }
}
