package io.alphapulse.infra.store.users;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The digest of a refresh token or API key (e.g. SHA-256): what the store keeps and looks up instead of
 * the token itself. Compared by content; {@link #toString()} prints only the length.
 */
public final class TokenHash {

    private final byte[] bytes;

    private TokenHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A hash of these bytes (copied).
     *
     * @throws IllegalArgumentException when fewer than 16 bytes: too short to be a digest
     */
    public static TokenHash of(byte[] bytes) {
        if (bytes == null || bytes.length < 16) {
            throw new IllegalArgumentException(
                    "a token hash needs at least 16 bytes, got " + (bytes == null ? "none" : bytes.length));
        }
        return new TokenHash(bytes.clone());
    }

    /** A copy of the digest. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        // Constant time: the hashes are compared while authenticating.
        return other instanceof TokenHash hash && MessageDigest.isEqual(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TokenHash[" + bytes.length + " bytes]";
    }
}
