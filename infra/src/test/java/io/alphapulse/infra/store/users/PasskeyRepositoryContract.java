package io.alphapulse.infra.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the passkey store must do, on SQLite and on PostgreSQL alike. */
abstract class PasskeyRepositoryContract extends TwoUserStoreContract {

    private PasskeyRepository passkeys;

    @BeforeEach
    void open() {
        passkeys = new PasskeyRepository(store.database());
    }

    @Test
    void userHandle_isStoredOnce_andStaysTheUsersForGood() throws SQLException {
        assertThat(passkeys.findUserHandle(alice.id())).isEmpty();

        byte[] first = passkeys.userHandle(alice.id(), bytes(32, 1));
        byte[] second = passkeys.userHandle(alice.id(), bytes(32, 2));

        assertThat(first).isEqualTo(bytes(32, 1));
        assertThat(second).as("the first handle wins").isEqualTo(first);
        assertThat(passkeys.findUserHandle(alice.id()))
                .hasValueSatisfying(h -> assertThat(h).isEqualTo(first));
        assertThat(passkeys.findUserByHandle(first)).contains(alice.id());
        assertThat(passkeys.findUserByHandle(bytes(32, 2))).isEmpty();
    }

    @Test
    void create_thenFindByCredentialId_returnsThePasskey() throws SQLException {
        Passkey created = passkeys.create(alice.id(), passkey(7, "laptop"), T0);

        Passkey found = passkeys.findByCredentialId(bytes(16, 7)).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.userId()).isEqualTo(alice.id());
        assertThat(found.publicKeyCose()).isEqualTo(bytes(77, 7));
        assertThat(found.transports()).containsExactly("internal", "hybrid");
        assertThat(found.backupEligible()).isTrue();
        assertThat(found.backedUp()).isFalse();
        assertThat(found.signatureCount()).isEqualTo(3);
        assertThat(found.lastUsedAt()).isNull();
        assertThat(passkeys.findByCredentialId(bytes(16, 8))).isEmpty();
    }

    @Test
    void create_theSameCredentialTwice_isRefused_evenForAnotherUser() throws SQLException {
        passkeys.create(alice.id(), passkey(7, "laptop"), T0);

        assertThatThrownBy(() -> passkeys.create(bob.id(), passkey(7, "phone"), T0))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("already registered");
    }

    @Test
    void create_aNameTwice_isRefusedNamingIt_butAnotherUserMayUseIt() throws SQLException {
        passkeys.create(alice.id(), passkey(1, "laptop"), T0);

        assertThatThrownBy(() -> passkeys.create(alice.id(), passkey(2, "laptop"), T0))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("laptop");
        assertThat(passkeys.create(bob.id(), passkey(3, "laptop"), T0).name()).isEqualTo("laptop");
    }

    @Test
    void recordUse_acceptsARisingCounter_andRefusesOneThatDoesNotRise() throws SQLException {
        passkeys.create(alice.id(), passkey(7, "laptop"), T0);

        assertThat(passkeys.recordUse(bytes(16, 7), 4, true, T0.plusSeconds(10)))
                .isTrue();
        Passkey used = passkeys.findByCredentialId(bytes(16, 7)).orElseThrow();
        assertThat(used.signatureCount()).isEqualTo(4);
        assertThat(used.backedUp()).isTrue();
        assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(10));

        assertThat(passkeys.recordUse(bytes(16, 7), 4, true, T0.plusSeconds(20)))
                .as("same counter")
                .isFalse();
        assertThat(passkeys.recordUse(bytes(16, 7), 2, true, T0.plusSeconds(30)))
                .as("counter went back")
                .isFalse();
        assertThat(passkeys.findByCredentialId(bytes(16, 7)).orElseThrow().lastUsedAt())
                .isEqualTo(T0.plusSeconds(10));
        assertThat(passkeys.recordUse(bytes(16, 9), 50, true, T0)).as("unknown").isFalse();
    }

    @Test
    void recordUse_ofAnAuthenticatorWithoutCounter_acceptsZeroAgain() throws SQLException {
        passkeys.create(
                alice.id(),
                new NewPasskey(bytes(16, 5), bytes(32, 1), bytes(77, 5), 0, "key", List.of(), false, false),
                T0);

        assertThat(passkeys.recordUse(bytes(16, 5), 0, false, T0.plusSeconds(1)))
                .isTrue();
        assertThat(passkeys.recordUse(bytes(16, 5), 0, false, T0.plusSeconds(2)))
                .isTrue();
        assertThat(passkeys.findByCredentialId(bytes(16, 5)).orElseThrow().transports())
                .isEmpty();
    }

    @Test
    void listAndDelete_areScopedToTheOwner() throws SQLException {
        Passkey first = passkeys.create(alice.id(), passkey(1, "laptop"), T0);
        Passkey second = passkeys.create(alice.id(), passkey(2, "phone"), T0.plusSeconds(1));
        Passkey bobs = passkeys.create(bob.id(), passkey(3, "key"), T0);

        assertThat(passkeys.listByUser(alice.id())).containsExactly(first, second);
        assertThat(passkeys.delete(first.id(), bob.id())).as("not bob's").isFalse();
        assertThat(passkeys.delete(first.id(), alice.id())).isTrue();
        assertThat(passkeys.delete(first.id(), alice.id())).as("already gone").isFalse();
        assertThat(passkeys.listByUser(alice.id())).containsExactly(second);
        assertThat(passkeys.listByUser(bob.id())).containsExactly(bobs);
    }

    @Test
    void deletingTheUser_removesTheirPasskeysAndHandle() throws SQLException {
        passkeys.userHandle(alice.id(), bytes(32, 1));
        passkeys.create(alice.id(), passkey(1, "laptop"), T0);

        users.delete("alice");

        assertThat(passkeys.findByCredentialId(bytes(16, 1))).isEmpty();
        assertThat(passkeys.findUserByHandle(bytes(32, 1))).isEmpty();
    }

    @Test
    void toString_showsNoKeyMaterial() throws SQLException {
        Passkey created = passkeys.create(alice.id(), passkey(7, "laptop"), T0);

        assertThat(created.toString()).contains("laptop").doesNotContain("7, 7");
    }

    private static NewPasskey passkey(int seed, String name) {
        return new NewPasskey(
                bytes(16, seed), bytes(32, 1), bytes(77, seed), 3, name, List.of("internal", "hybrid"), true, false);
    }

    private static byte[] bytes(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
