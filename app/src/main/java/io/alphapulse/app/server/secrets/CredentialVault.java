package io.alphapulse.app.server.secrets;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.app.server.crypto.AesGcm;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.store.users.ExchangeCredential;
import io.alphapulse.infra.store.users.SealedValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of exchange credentials with AES-256-GCM (JDK provider). Each credential gets a
 * fresh 256-bit data key that seals its API key and secret; the data key is sealed under the {@link
 * MasterKey}. Every ciphertext carries associated data binding it to the user id, the credential id and
 * the field, so a ciphertext copied into another user's or another credential's row (or swapped between
 * the key and secret columns) fails authentication instead of decrypting. Every seal uses a new random
 * 96-bit nonce.
 */
public final class CredentialVault {

    private static final int DATA_KEY_BYTES = 32;

    private final MasterKey masterKey;
    private final SecureRandom random = new SecureRandom();

    public CredentialVault(MasterKey masterKey) {
        this.masterKey = Objects.requireNonNull(masterKey, "masterKey");
    }

    /** Which master key seals new credentials. */
    public String masterKeyId() {
        return masterKey.id();
    }

    /** The sealed parts of one credential, ready to store. */
    public record Sealed(SealedValue apiKey, SealedValue secret, SealedValue dataKey, String masterKeyId) {}

    /** The opened parts of one credential; {@link #toString()} never shows them. */
    public record Opened(String apiKey, String secret) {
        /** The opened pair as the venue adapters take it. */
        public ApiCredentials credentials() {
            return new ApiCredentials(apiKey, secret);
        }

        @Override
        public String toString() {
            return "Opened[***]";
        }
    }

    public Sealed seal(UUID userId, UUID credentialId, String apiKey, String secret) {
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        random.nextBytes(dataKey);
        SecretKey data = new SecretKeySpec(dataKey, "AES");
        return new Sealed(
                seal(data, apiKey.getBytes(StandardCharsets.UTF_8), binding(userId, credentialId, "api-key")),
                seal(data, secret.getBytes(StandardCharsets.UTF_8), binding(userId, credentialId, "secret")),
                seal(masterKey.key(), dataKey, binding(userId, credentialId, "data-key")),
                masterKey.id());
    }

    /**
     * Opens a stored credential.
     *
     * @throws VaultException when it was sealed under another master key, or any ciphertext fails
     *     authentication (tampered, or copied from another user's or credential's row)
     */
    public Opened open(ExchangeCredential credential) {
        if (!masterKey.id().equals(credential.masterKeyId())) {
            throw new VaultException("credential " + credential.id() + " is sealed under master key "
                    + credential.masterKeyId() + ", not the configured " + masterKey.id());
        }
        UUID user = credential.userId();
        UUID id = credential.id();
        byte[] dataKey = open(masterKey.key(), credential.dataKey(), binding(user, id, "data-key"));
        SecretKey data = new SecretKeySpec(dataKey, "AES");
        return new Opened(
                new String(open(data, credential.apiKey(), binding(user, id, "api-key")), StandardCharsets.UTF_8),
                new String(open(data, credential.secret(), binding(user, id, "secret")), StandardCharsets.UTF_8));
    }

    /**
     * The credential's data key sealed under {@code next} instead of this vault's master key, for a
     * master-key rotation: only the data key is re-wrapped; the sealed API key and secret stay as stored.
     *
     * @throws VaultException when the credential is not sealed under this vault's master key, or fails
     *     authentication
     */
    public SealedValue resealDataKey(ExchangeCredential credential, MasterKey next) {
        if (!masterKey.id().equals(credential.masterKeyId())) {
            throw new VaultException("credential " + credential.id() + " is sealed under master key "
                    + credential.masterKeyId() + ", not " + masterKey.id());
        }
        byte[] associatedData = binding(credential.userId(), credential.id(), "data-key");
        byte[] dataKey = open(masterKey.key(), credential.dataKey(), associatedData);
        try {
            return seal(next.key(), dataKey, associatedData);
        } finally {
            java.util.Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static byte[] binding(UUID userId, UUID credentialId, String field) {
        return ("alphapulse/exchange-credential/v1|" + userId + "|" + credentialId + "|" + field)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static SealedValue seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        return AesGcm.seal(key, plaintext, associatedData);
    }

    private static byte[] open(SecretKey key, SealedValue sealed, byte[] associatedData) {
        try {
            return AesGcm.open(key, sealed, associatedData);
        } catch (AesGcm.SealedDataException failed) {
            throw new VaultException("a sealed credential failed authentication (tampered, or not this row's)");
        }
    }

    /** A credential that cannot be opened; the message never contains key material. */
    public static final class VaultException extends RuntimeException {
        public VaultException(String message) {
            super(message);
        }
    }
}
