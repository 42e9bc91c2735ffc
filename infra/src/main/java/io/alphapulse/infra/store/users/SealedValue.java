package io.alphapulse.infra.store.users;

import java.util.Arrays;

/**
 * A ciphertext with the nonce (IV) it was encrypted under, e.g. AES-GCM output. Compared by content;
 * {@link #toString()} prints only the lengths.
 */
public final class SealedValue {

    private final byte[] ciphertext;
    private final byte[] nonce;

    private SealedValue(byte[] ciphertext, byte[] nonce) {
        this.ciphertext = ciphertext;
        this.nonce = nonce;
    }

    /**
     * A sealed value of these bytes (copied).
     *
     * @throws IllegalArgumentException when either is empty
     */
    public static SealedValue of(byte[] ciphertext, byte[] nonce) {
        if (ciphertext == null || ciphertext.length == 0) {
            throw new IllegalArgumentException("ciphertext must not be empty");
        }
        if (nonce == null || nonce.length == 0) {
            throw new IllegalArgumentException("nonce must not be empty");
        }
        return new SealedValue(ciphertext.clone(), nonce.clone());
    }

    /** A copy of the ciphertext. */
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** A copy of the nonce. */
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedValue sealed
                && Arrays.equals(ciphertext, sealed.ciphertext)
                && Arrays.equals(nonce, sealed.nonce);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ciphertext) + Arrays.hashCode(nonce);
    }

    @Override
    public String toString() {
        return "SealedValue[" + ciphertext.length + " bytes, nonce " + nonce.length + " bytes]";
    }
}
