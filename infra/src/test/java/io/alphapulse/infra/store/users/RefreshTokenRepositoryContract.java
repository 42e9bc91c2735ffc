package io.alphapulse.infra.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the refresh token store must do, on SQLite and on PostgreSQL alike. */
abstract class RefreshTokenRepositoryContract {

    private static final Instant T0 = UserRepositoryContract.T0;
    private static final Duration LIFETIME = Duration.ofDays(14);

    private TestDatabase store;
    private RefreshTokenRepository tokens;
    private User alice;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() throws SQLException {
        store = createStore();
        store.database().migrate();
        tokens = new RefreshTokenRepository(store.database());
        alice = new UserRepository(store.database()).create("alice", Role.TRADER, UserRepositoryContract.HASH, T0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void issue_thenFindByHash_returnsAnActiveToken() throws SQLException {
        RefreshToken issued = tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME));

        assertThat(tokens.findByHash(hash(1))).contains(issued);
        assertThat(issued.isActive(T0)).isTrue();
        assertThat(tokens.findByHash(hash(2))).isEmpty();
    }

    @Test
    void rotate_revokesTheOldToken_andIssuesOneInTheSameFamily() throws SQLException {
        RefreshToken first = tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME));
        Instant now = T0.plusSeconds(60);

        RefreshToken second =
                tokens.rotate(hash(1), hash(2), now, now.plus(LIFETIME)).orElseThrow();

        assertThat(second.familyId()).isEqualTo(first.familyId());
        assertThat(second.userId()).isEqualTo(alice.id());
        assertThat(tokens.findByHash(hash(2))).contains(second);
        RefreshToken old = tokens.findByHash(hash(1)).orElseThrow();
        assertThat(old.revokedAt()).isEqualTo(now);
        assertThat(old.replacedBy()).isEqualTo(second.id());
    }

    @Test
    void rotate_concurrentlyWithOneToken_succeedsExactlyOnce() throws Exception {
        tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME));
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Optional<RefreshToken>>> results = new ArrayList<>();
            for (int attempt = 2; attempt <= 3; attempt++) {
                TokenHash next = hash(attempt);
                results.add(threads.submit(() -> {
                    start.await();
                    return tokens.rotate(hash(1), next, T0.plusSeconds(1), T0.plus(LIFETIME));
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Optional<RefreshToken>> result : results) {
                succeeded += result.get().isPresent() ? 1 : 0;
            }
            assertThat(succeeded).isOne();
        }
    }

    @Test
    void rotate_anAlreadyRotatedToken_isRefused_andChangesNothing() throws SQLException {
        tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME));
        tokens.rotate(hash(1), hash(2), T0.plusSeconds(1), T0.plus(LIFETIME));

        assertThat(tokens.rotate(hash(1), hash(3), T0.plusSeconds(2), T0.plus(LIFETIME)))
                .isEmpty();
        assertThat(tokens.findByHash(hash(3))).isEmpty();
    }

    @Test
    void rotate_anExpiredOrUnknownToken_isRefused() throws SQLException {
        tokens.issue(alice.id(), hash(1), T0, T0.plusSeconds(10));

        assertThat(tokens.rotate(hash(1), hash(2), T0.plusSeconds(10), T0.plus(LIFETIME)))
                .isEmpty();
        assertThat(tokens.rotate(hash(9), hash(2), T0, T0.plus(LIFETIME))).isEmpty();
        assertThat(tokens.findByHash(hash(1)).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void revokeFamily_revokesEveryActiveTokenOfThatLoginOnly() throws SQLException {
        RefreshToken login = tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME));
        tokens.rotate(hash(1), hash(2), T0.plusSeconds(1), T0.plus(LIFETIME));
        tokens.issue(alice.id(), hash(3), T0, T0.plus(LIFETIME));

        assertThat(tokens.revokeFamily(login.familyId(), T0.plusSeconds(5))).isOne();

        assertThat(tokens.findByHash(hash(2)).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(tokens.findByHash(hash(1)).orElseThrow().revokedAt())
                .as("kept")
                .isEqualTo(T0.plusSeconds(1));
        assertThat(tokens.findByHash(hash(3)).orElseThrow().revokedAt()).isNull();
        assertThat(tokens.revokeAllOfUser(alice.id(), T0.plusSeconds(6))).isOne();
    }

    @Test
    void issue_aHashTwice_isRefused_andTheHashNeverPrints() throws SQLException {
        tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME));

        assertThatThrownBy(() -> tokens.issue(alice.id(), hash(1), T0, T0.plus(LIFETIME)))
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(tokens.findByHash(hash(1)).orElseThrow().toString()).contains("TokenHash[32 bytes]");
    }

    @Test
    void issue_expiringBeforeIssue_isRefusedNamingTheTimes() {
        assertThatThrownBy(() -> tokens.issue(alice.id(), hash(1), T0, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(T0.toString());
    }

    static TokenHash hash(int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return TokenHash.of(bytes);
    }
}
