package io.alphapulse.infra.store.users;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored passkey (WebAuthn credential): its public key and signature counter, never a private key.
 * Compared by content; the byte arrays are copied in and out.
 *
 * @param id its id
 * @param userId whose it is
 * @param credentialId the authenticator's id for it
 * @param userHandle the WebAuthn user handle it was registered under
 * @param publicKeyCose its public key as a COSE_Key
 * @param signatureCount the highest signature counter seen from it
 * @param name the owner's name for it
 * @param transports how the browser may reach the authenticator (usb, nfc, ble, internal, hybrid)
 * @param backupEligible whether the authenticator may sync it to other devices
 * @param backedUp whether it was synced when last used
 * @param createdAt when it was registered
 * @param lastUsedAt when it last logged in, or {@code null}
 */
public record Passkey(
        UUID id,
        UUID userId,
        byte[] credentialId,
        byte[] userHandle,
        byte[] publicKeyCose,
        long signatureCount,
        String name,
        List<String> transports,
        boolean backupEligible,
        boolean backedUp,
        Instant createdAt,
        Instant lastUsedAt) {

    public Passkey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        credentialId = credentialId.clone();
        userHandle = userHandle.clone();
        publicKeyCose = publicKeyCose.clone();
        transports = List.copyOf(transports);
    }

    @Override
    public byte[] credentialId() {
        return credentialId.clone();
    }

    @Override
    public byte[] userHandle() {
        return userHandle.clone();
    }

    @Override
    public byte[] publicKeyCose() {
        return publicKeyCose.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passkey that
                && id.equals(that.id)
                && userId.equals(that.userId)
                && Arrays.equals(credentialId, that.credentialId)
                && Arrays.equals(userHandle, that.userHandle)
                && Arrays.equals(publicKeyCose, that.publicKeyCose)
                && signatureCount == that.signatureCount
                && name.equals(that.name)
                && transports.equals(that.transports)
                && backupEligible == that.backupEligible
                && backedUp == that.backedUp
                && createdAt.equals(that.createdAt)
                && Objects.equals(lastUsedAt, that.lastUsedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(credentialId));
    }

    @Override
    public String toString() {
        return "Passkey[id=" + id + ", userId=" + userId + ", name=" + name + ", signatureCount=" + signatureCount
                + "]";
    }
}
