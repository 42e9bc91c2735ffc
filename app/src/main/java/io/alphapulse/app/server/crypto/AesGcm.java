package io.alphapulse.app.server.crypto;

import io.alphapulse.infra.store.users.SealedValue;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a 128-bit tag and a fresh random 96-bit nonce per seal (JDK provider), with associated
 * data that binds each ciphertext to where it belongs. Failures never carry key or plaintext material.
 */
public final class AesGcm {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {}

    public static SealedValue seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return SealedValue.of(cipher.doFinal(plaintext), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws SealedDataException when the ciphertext fails authentication: tampered, sealed under
     *     another key, or bound to other associated data
     */
    public static byte[] open(SecretKey key, SealedValue sealed, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException tampered) {
            throw new SealedDataException(
                    "sealed data failed authentication (tampered, another key, or not its place)");
        } catch (GeneralSecurityException e) {
            throw new SealedDataException(
                    "sealed data cannot be opened: " + e.getClass().getSimpleName());
        }
    }

    /** Sealed data that does not open; the message never contains key material. */
    public static final class SealedDataException extends RuntimeException {
        public SealedDataException(String message) {
            super(message);
        }
    }
}
