package io.alphapulse.app.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.store.users.ExchangeCredential;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialVaultTest {

    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
    private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-000000000b0b");
    private static final String API_KEY = "AKIA-exampleKey-1234";
    private static final String SECRET = "s3cr3t-exchange-secret-value";

    private final MasterKey masterKey = MasterKey.of(filled((byte) 7));
    private final CredentialVault vault = new CredentialVault(masterKey);

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static ExchangeCredential stored(UUID user, UUID id, CredentialVault.Sealed sealed) {
        return new ExchangeCredential(
                id,
                user,
                "binance",
                "main",
                sealed.apiKey(),
                sealed.secret(),
                sealed.dataKey(),
                sealed.masterKeyId(),
                Instant.EPOCH);
    }

    @Test
    void sealedCredentials_openForTheirOwnRow() {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = vault.seal(ALICE, id, API_KEY, SECRET);

        CredentialVault.Opened opened = vault.open(stored(ALICE, id, sealed));

        assertThat(opened.apiKey()).isEqualTo(API_KEY);
        assertThat(opened.secret()).isEqualTo(SECRET);
        assertThat(opened.toString()).doesNotContain(API_KEY).doesNotContain(SECRET);
        assertThat(new String(sealed.secret().ciphertext(), StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET);
        assertThat(sealed.masterKeyId()).isEqualTo(masterKey.id()).hasSize(16);
    }

    @Test
    void everySeal_usesFreshNoncesAndDataKeys() {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed first = vault.seal(ALICE, id, API_KEY, SECRET);
        CredentialVault.Sealed second = vault.seal(ALICE, id, API_KEY, SECRET);

        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(first.secret().nonce()).isNotEqualTo(second.secret().nonce());
        assertThat(first.apiKey().nonce()).isNotEqualTo(first.secret().nonce());
        assertThat(first.dataKey()).isNotEqualTo(second.dataKey());
    }

    @Test
    void aCopiedCiphertext_doesNotOpen_forAnotherUser_anotherCredential_orAnotherField() {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = vault.seal(ALICE, id, API_KEY, SECRET);

        assertThatThrownBy(() -> vault.open(stored(BOB, id, sealed)))
                .isInstanceOf(CredentialVault.VaultException.class);
        assertThatThrownBy(() -> vault.open(stored(ALICE, UUID.randomUUID(), sealed)))
                .isInstanceOf(CredentialVault.VaultException.class);
        CredentialVault.Sealed swapped =
                new CredentialVault.Sealed(sealed.secret(), sealed.apiKey(), sealed.dataKey(), sealed.masterKeyId());
        assertThatThrownBy(() -> vault.open(stored(ALICE, id, swapped)))
                .isInstanceOf(CredentialVault.VaultException.class);
    }

    @Test
    void tamperedCiphertext_orAnotherMasterKey_doesNotOpen_andSaysNothingSecret() {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = vault.seal(ALICE, id, API_KEY, SECRET);
        byte[] bits = sealed.secret().ciphertext();
        bits[0] ^= 1;
        CredentialVault.Sealed tampered = new CredentialVault.Sealed(
                sealed.apiKey(),
                io.alphapulse.infra.store.users.SealedValue.of(
                        bits, sealed.secret().nonce()),
                sealed.dataKey(),
                sealed.masterKeyId());
        assertThatThrownBy(() -> vault.open(stored(ALICE, id, tampered)))
                .isInstanceOf(CredentialVault.VaultException.class)
                .hasMessageNotContaining(SECRET);

        CredentialVault other = new CredentialVault(MasterKey.of(filled((byte) 8)));
        assertThatThrownBy(() -> other.open(stored(ALICE, id, sealed)))
                .isInstanceOf(CredentialVault.VaultException.class)
                .hasMessageContaining(masterKey.id());
    }

    @Test
    void masterKeyFile_isCreatedOwnerOnly_andReused(@TempDir Path dataDir) throws Exception {
        MasterKey created = MasterKey.load(null, dataDir);
        Path file = dataDir.resolve(MasterKey.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(MasterKey.load("", dataDir).id()).isEqualTo(created.id());
        assertThat(created.toString()).isEqualTo("MasterKey[" + created.id() + "]");
    }

    @Test
    void configuredMasterKey_mustBe32BytesOfBase64_andIsNeverEchoed(@TempDir Path dataDir) {
        String key = Base64.getEncoder().encodeToString(filled((byte) 9));
        assertThat(MasterKey.load(key, dataDir).id())
                .isEqualTo(MasterKey.of(filled((byte) 9)).id());
        assertThat(Files.exists(dataDir.resolve(MasterKey.FILE_NAME))).isFalse();

        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKey.load(shortKey, dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALPHAPULSE_MASTER_KEY")
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> MasterKey.load("not base64 !!", dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not base64");
    }
}
