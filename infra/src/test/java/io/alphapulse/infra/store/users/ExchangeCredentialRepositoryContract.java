package io.alphapulse.infra.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the exchange credential store must do, on SQLite and on PostgreSQL alike. */
abstract class ExchangeCredentialRepositoryContract extends TwoUserStoreContract {

    private ExchangeCredentialRepository credentials;

    @BeforeEach
    void open() {
        credentials = new ExchangeCredentialRepository(store.database());
    }

    @Test
    void create_thenList_returnsTheSameBytes() throws SQLException {
        ExchangeCredential created = create(alice, "binance", "main");

        assertThat(credentials.listByUser(alice.id())).containsExactly(created);
        assertThat(credentials.find(created.id(), alice.id())).contains(created);
        assertThat(credentials.listByUser(bob.id())).isEmpty();
    }

    @Test
    void find_andDelete_ofAnotherUsersCredentials_doNothing() throws SQLException {
        ExchangeCredential alices = create(alice, "binance", "main");

        assertThat(credentials.find(alices.id(), bob.id())).isEmpty();
        assertThat(credentials.delete(alices.id(), bob.id())).isFalse();
        assertThat(credentials.listByUser(alice.id())).hasSize(1);

        assertThat(credentials.delete(alices.id(), alice.id())).isTrue();
        assertThat(credentials.listByUser(alice.id())).isEmpty();
    }

    @Test
    void create_sameVenueAndLabelTwice_isRefusedNamingThem() throws SQLException {
        create(alice, "binance", "main");
        create(bob, "binance", "main");

        assertThatThrownBy(() -> create(alice, "binance", "main"))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("binance")
                .hasMessageContaining("main");
    }

    @Test
    void toString_showsNoCiphertextNonceOrKeyBytes() throws SQLException {
        ExchangeCredential created = create(alice, "binance", "main");

        String text = credentials.listByUser(alice.id()).getFirst().toString();

        assertThat(text).contains("binance", "main", "SealedValue[").doesNotContain("CIPHER", "[B@");
        assertThat(created.apiKey().ciphertext()).isEqualTo(bytes("CIPHER-key"));
    }

    @Test
    void deletingTheUser_deletesTheirCredentials() throws SQLException {
        create(alice, "binance", "main");

        users.delete("alice");

        assertThat(credentials.listByUser(alice.id())).isEmpty();
    }

    @Test
    void replaceDataKeys_changesOnlyTheDataKeyAndMasterKeyId_ofEveryCredential() throws SQLException {
        ExchangeCredential alices = create(alice, "binance", "main");
        ExchangeCredential bobs = create(bob, "bybit", "main");
        SealedValue resealed = SealedValue.of(bytes("NEW-data-key"), bytes("nonce-000009"));

        credentials.replaceDataKeys(List.of(
                new ExchangeCredentialRepository.ResealedDataKey(alices.id(), "master-2026-01", resealed, "master-2"),
                new ExchangeCredentialRepository.ResealedDataKey(bobs.id(), "master-2026-01", resealed, "master-2")));

        assertThat(credentials.listAll()).hasSize(2).allSatisfy(credential -> {
            assertThat(credential.dataKey()).isEqualTo(resealed);
            assertThat(credential.masterKeyId()).isEqualTo("master-2");
            assertThat(credential.apiKey().ciphertext()).isEqualTo(bytes("CIPHER-key"));
            assertThat(credential.secret().ciphertext()).isEqualTo(bytes("CIPHER-secret"));
        });
    }

    @Test
    void replaceDataKeys_whenOneIsNoLongerUnderItsOldKey_changesNothing() throws SQLException {
        ExchangeCredential alices = create(alice, "binance", "main");
        ExchangeCredential bobs = create(bob, "bybit", "main");
        SealedValue resealed = SealedValue.of(bytes("NEW-data-key"), bytes("nonce-000009"));

        assertThatThrownBy(() -> credentials.replaceDataKeys(List.of(
                        new ExchangeCredentialRepository.ResealedDataKey(
                                alices.id(), "master-2026-01", resealed, "master-2"),
                        new ExchangeCredentialRepository.ResealedDataKey(
                                bobs.id(), "some-other-key", resealed, "master-2"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(bobs.id().toString());

        assertThat(credentials.listAll()).containsExactlyInAnyOrder(alices, bobs);
    }

    private ExchangeCredential create(User user, String venue, String label) throws SQLException {
        return credentials.create(
                user.id(),
                venue,
                label,
                SealedValue.of(bytes("CIPHER-key"), bytes("nonce-000001")),
                SealedValue.of(bytes("CIPHER-secret"), bytes("nonce-000002")),
                SealedValue.of(bytes("CIPHER-data-key"), bytes("nonce-000003")),
                "master-2026-01",
                T0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
