package io.alphapulse.infra.store.users;

import java.util.List;
import java.util.Objects;

/**
 * What a verified WebAuthn registration yields, to be stored by {@link PasskeyRepository#create}. The
 * byte arrays are copied in.
 *
 * @param credentialId the authenticator's id for the credential (at most 1023 bytes, per WebAuthn)
 * @param userHandle the user handle it was registered under
 * @param publicKeyCose its public key as a COSE_Key
 * @param signatureCount the counter at registration
 * @param name the owner's name for it (1 to 64 characters)
 * @param transports transport hints, possibly empty
 * @param backupEligible whether the authenticator may sync it
 * @param backedUp whether it is synced
 */
public record NewPasskey(
        byte[] credentialId,
        byte[] userHandle,
        byte[] publicKeyCose,
        long signatureCount,
        String name,
        List<String> transports,
        boolean backupEligible,
        boolean backedUp) {

    public NewPasskey {
        if (credentialId == null || credentialId.length == 0 || credentialId.length > 1023) {
            throw new IllegalArgumentException("a credential id must be 1 to 1023 bytes");
        }
        if (userHandle == null || userHandle.length == 0 || userHandle.length > 64) {
            throw new IllegalArgumentException("a user handle must be 1 to 64 bytes");
        }
        if (publicKeyCose == null || publicKeyCose.length == 0) {
            throw new IllegalArgumentException("a passkey needs a public key");
        }
        if (signatureCount < 0) {
            throw new IllegalArgumentException("a signature count cannot be negative: " + signatureCount);
        }
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("a passkey name must be 1 to 64 characters: '" + name + "'");
        }
        for (String transport : Objects.requireNonNull(transports, "transports")) {
            if (transport.isEmpty() || transport.contains(",")) {
                throw new IllegalArgumentException("not a transport: '" + transport + "'");
            }
        }
        credentialId = credentialId.clone();
        userHandle = userHandle.clone();
        publicKeyCose = publicKeyCose.clone();
        transports = List.copyOf(transports);
    }

    @Override
    public String toString() {
        return "NewPasskey[name=" + name + ", signatureCount=" + signatureCount + "]";
    }
}
