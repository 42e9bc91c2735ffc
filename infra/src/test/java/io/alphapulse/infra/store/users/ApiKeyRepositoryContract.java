package io.alphapulse.infra.store.users;

import static io.alphapulse.infra.store.users.RefreshTokenRepositoryContract.hash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the API key store must do, on SQLite and on PostgreSQL alike. */
abstract class ApiKeyRepositoryContract extends TwoUserStoreContract {

    private ApiKeyRepository keys;

    @BeforeEach
    void open() {
        keys = new ApiKeyRepository(store.database());
    }

    @Test
    void create_thenFindActiveByHash_returnsTheKey() throws SQLException {
        ApiKey key = keys.create(alice.id(), "bot", hash(7), "ap_7f3k", Role.VIEWER, T0);

        assertThat(keys.findActiveByHash(hash(7))).contains(key);
        assertThat(keys.findActiveByHash(hash(8))).isEmpty();
        assertThat(key.toString()).doesNotContain("7, 7").contains("TokenHash[32 bytes]");
    }

    @Test
    void touch_recordsTheLastUse() throws SQLException {
        ApiKey key = keys.create(alice.id(), "bot", hash(7), "ap_7f3k", Role.VIEWER, T0);

        keys.touch(key.id(), T0.plusSeconds(30));

        assertThat(keys.findActiveByHash(hash(7)).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void revoke_byTheOwner_stopsTheKey_butNotByAnotherUser() throws SQLException {
        ApiKey key = keys.create(alice.id(), "bot", hash(7), "ap_7f3k", Role.VIEWER, T0);

        assertThat(keys.revoke(key.id(), bob.id(), T0.plusSeconds(1))).isFalse();
        assertThat(keys.findActiveByHash(hash(7))).isPresent();

        assertThat(keys.revoke(key.id(), alice.id(), T0.plusSeconds(2))).isTrue();
        assertThat(keys.findActiveByHash(hash(7))).isEmpty();
        assertThat(keys.revoke(key.id(), alice.id(), T0.plusSeconds(3)))
                .as("already revoked")
                .isFalse();
        assertThat(keys.listByUser(alice.id()).getFirst().revokedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void findActiveByHash_ofADisabledUser_isEmpty() throws SQLException {
        keys.create(alice.id(), "bot", hash(7), "ap_7f3k", Role.VIEWER, T0);

        users.setDisabled("alice", true);

        assertThat(keys.findActiveByHash(hash(7))).isEmpty();
    }

    @Test
    void listByUser_returnsOnlyThatUsersKeys() throws SQLException {
        ApiKey first = keys.create(alice.id(), "bot", hash(1), "ap_1", Role.VIEWER, T0);
        ApiKey second = keys.create(alice.id(), "ci", hash(2), "ap_2", Role.TRADER, T0.plusSeconds(1));
        keys.create(bob.id(), "bot", hash(3), "ap_3", Role.VIEWER, T0);

        assertThat(keys.listByUser(alice.id())).containsExactly(first, second);
    }

    @Test
    void create_anActiveNameTwice_isRefusedNamingIt_butARevokedNameIsReusable() throws SQLException {
        ApiKey first = keys.create(alice.id(), "bot", hash(1), "ap_1", Role.VIEWER, T0);

        assertThatThrownBy(() -> keys.create(alice.id(), "bot", hash(2), "ap_2", Role.VIEWER, T0))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("bot");

        keys.revoke(first.id(), alice.id(), T0);
        assertThat(keys.create(alice.id(), "bot", hash(2), "ap_2", Role.VIEWER, T0)
                        .name())
                .isEqualTo("bot");
    }
}
