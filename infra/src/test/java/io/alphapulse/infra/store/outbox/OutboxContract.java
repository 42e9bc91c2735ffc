package io.alphapulse.infra.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the outbox must do, on SQLite and on PostgreSQL alike. */
abstract class OutboxContract {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    private TestDatabase store;
    private Database database;
    private SettableClock clock;
    private Outbox outbox;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        database = store.database();
        database.migrate();
        clock = new SettableClock(T0);
        outbox = new Outbox(database, clock, LEASE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<OutboxMessage> appendMessages(int count) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            OutboxMessage message = OutboxMessage.of("orders", "A-" + index, "payload " + index, T0.plusMillis(index));
            database.inTransaction(connection -> {
                outbox.append(connection, message);
                return null;
            });
            messages.add(message);
        }
        return messages;
    }

    private static List<UUID> ids(List<ClaimedMessage> claimed) {
        return claimed.stream().map(message -> message.message().id()).toList();
    }

    @Test
    void claimBatch_returnsUnpublishedMessages_inAppendOrder_countingTheAttempt() throws SQLException {
        List<OutboxMessage> messages = appendMessages(3);

        List<ClaimedMessage> claimed = outbox.claimBatch(2);

        assertThat(claimed).extracting(ClaimedMessage::message).containsExactly(messages.get(0), messages.get(1));
        assertThat(claimed).extracting(ClaimedMessage::attempts).containsOnly(1);
    }

    @Test
    void claimBatch_doesNotHandAClaimedMessageOut_untilItsLeaseRunsOut() throws SQLException {
        List<OutboxMessage> messages = appendMessages(2);
        outbox.claimBatch(1);

        assertThat(outbox.claimBatch(10)).extracting(ClaimedMessage::message).containsExactly(messages.get(1));
        assertThat(outbox.claimBatch(10)).isEmpty();

        clock.set(T0.plus(LEASE));
        List<ClaimedMessage> reclaimed = outbox.claimBatch(10);
        assertThat(reclaimed).extracting(ClaimedMessage::message).containsExactlyElementsOf(messages);
        assertThat(reclaimed).extracting(ClaimedMessage::attempts).containsOnly(2);
    }

    @Test
    void markPublished_takesMessagesOutOfTheBacklog_forGood() throws SQLException {
        List<OutboxMessage> messages = appendMessages(3);
        List<UUID> claimed = ids(outbox.claimBatch(2));

        assertThat(outbox.markPublished(claimed)).isEqualTo(2);
        assertThat(outbox.markPublished(claimed)).as("marking twice").isZero();

        assertThat(outbox.pendingCount()).isOne();
        clock.set(T0.plus(LEASE).plus(LEASE));
        assertThat(outbox.claimBatch(10)).extracting(ClaimedMessage::message).containsExactly(messages.get(2));
    }

    @Test
    void append_isRolledBackWithTheCallersTransaction() throws SQLException {
        OutboxMessage message = OutboxMessage.of("fills", "T-1", "{}", T0);

        assertThatThrownBy(() -> database.inTransaction(connection -> {
                    outbox.append(connection, message);
                    throw new SQLException("the caller's own write failed");
                }))
                .hasMessageContaining("caller's own write");

        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.claimBatch(10)).isEmpty();
    }

    @Test
    void claimBatch_fromRelaysRunningAtOnce_neverHandsOneMessageToTwo() throws Exception {
        appendMessages(20);
        ExecutorService relays = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ClaimedMessage>>> claims = new ArrayList<>();
            for (int relay = 0; relay < 4; relay++) {
                Callable<List<ClaimedMessage>> claim = () -> outbox.claimBatch(5);
                claims.add(relays.submit(claim));
            }
            Set<UUID> seen = new HashSet<>();
            int total = 0;
            for (Future<List<ClaimedMessage>> claim : claims) {
                List<UUID> batch = ids(claim.get());
                total += batch.size();
                seen.addAll(batch);
            }
            assertThat(seen).hasSize(total);
            assertThat(total).isPositive();
        } finally {
            relays.shutdownNow();
        }
    }

    @Test
    void outbox_aNonPositiveLease_isRefusedNamingIt() {
        assertThatThrownBy(() -> new Outbox(database, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
    }

    /** A clock the test moves by hand, to run leases out without waiting. */
    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
