package io.alphapulse.app.server.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.app.server.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CeremonyStoreTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final TestClock clock = new TestClock(Instant.parse("2026-05-06T07:08:09Z"));

    @Test
    void take_returnsTheCeremonyOnce() throws Exception {
        CeremonyStore<String> store = new CeremonyStore<>(10, TTL, clock);
        String id = store.start("challenge");

        assertThat(store.take(id)).contains("challenge");
        assertThat(store.take(id)).as("already used").isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void take_ofAnUnknownOrMalformedId_isEmpty() throws Exception {
        CeremonyStore<String> store = new CeremonyStore<>(10, TTL, clock);
        String id = store.start("challenge");

        assertThat(store.take("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(store.take(null)).isEmpty();
        assertThat(store.take(id + "x")).isEmpty();
        assertThat(store.take(id)).as("untouched by the misses").contains("challenge");
    }

    @Test
    void aCeremony_expiresAfterItsTimeToLive() throws Exception {
        CeremonyStore<String> store = new CeremonyStore<>(10, TTL, clock);
        String early = store.start("early");
        clock.advance(Duration.ofMinutes(2));
        String late = store.start("late");

        clock.advance(Duration.ofMinutes(3));

        assertThat(store.take(early)).as("5 minutes old").isEmpty();
        assertThat(store.take(late)).as("3 minutes old").contains("late");
    }

    @Test
    void aFullStore_refusesNewCeremonies_untilTheOldestExpires_neverPushingOneOut() throws Exception {
        CeremonyStore<String> store = new CeremonyStore<>(2, TTL, clock);
        String first = store.start("first");
        clock.advance(Duration.ofMinutes(1));
        String second = store.start("second");

        assertThatThrownBy(() -> store.start("third"))
                .isInstanceOfSatisfying(CeremonyStore.FullException.class, full -> assertThat(full.retryAfterSeconds())
                        .as("until the first expires")
                        .isEqualTo(240));
        assertThat(store.size()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(4));
        String third = store.start("third");

        assertThat(store.take(first)).as("expired, swept to make room").isEmpty();
        assertThat(store.take(second)).contains("second");
        assertThat(store.take(third)).contains("third");
    }

    @Test
    void takingACeremony_makesRoomForAnother() throws Exception {
        CeremonyStore<String> store = new CeremonyStore<>(1, TTL, clock);
        String only = store.start("only");
        assertThatThrownBy(() -> store.start("more")).isInstanceOf(CeremonyStore.FullException.class);

        store.take(only);

        assertThat(store.take(store.start("more"))).contains("more");
    }

    @Test
    void anOwnerWithEnoughOpenCeremonies_losesItsOldest_butOthersKeepTheirs() throws Exception {
        CeremonyStore<String> store = new CeremonyStore<>(10, 2, ceremony -> ceremony.split(":")[0], TTL, clock);
        String alice1 = store.start("alice:1");
        String bob1 = store.start("bob:1");
        String alice2 = store.start("alice:2");

        String alice3 = store.start("alice:3");

        assertThat(store.take(alice1)).as("alice's oldest, discarded").isEmpty();
        assertThat(store.take(alice2)).contains("alice:2");
        assertThat(store.take(alice3)).contains("alice:3");
        assertThat(store.take(bob1)).contains("bob:1");
    }

    @Test
    void ids_areRandomAndOfTheDocumentedLength() throws Exception {
        CeremonyStore<Integer> store = new CeremonyStore<>(1_000, TTL, clock);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String id = store.start(i);
            assertThat(id).hasSize(CeremonyStore.ID_LENGTH).matches("[A-Za-z0-9_-]+");
            ids.add(id);
        }
        assertThat(ids).hasSize(1_000);
    }
}
