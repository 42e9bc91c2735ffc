package io.alphapulse.app.server.crypto;

import io.alphapulse.app.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals every stored exchange secret's data key (ARCHITECTURE.md §8): 256 random bits from
 * {@code ALPHAPULSE_MASTER_KEY} (base64), or from {@code <data-dir>/master.key}, generated there with mode
 * 600 on first start. Its {@link #id()} is a fingerprint stored next to each sealed data key, so a
 * rotated master key can tell which data keys it must re-seal. The key is never logged or printed;
 * {@link #toString()} shows only the fingerprint.
 */
public final class MasterKey {

    public static final String FILE_NAME = "master.key";

    /**
     * The next master key during a rotation ({@code ./alphapulse master-key rotate}): written before anything
     * is re-sealed under it, so a rotation interrupted at any point can be finished on the next start.
     */
    public static final String NEXT_FILE_NAME = "master.key.next";

    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = fingerprint(bytes);
    }

    /**
     * The configured master key, else the one in {@code dataDir}, else a new one saved there.
     *
     * @param configured base64 of 32 bytes, or {@code null}/blank for the file
     * @throws IllegalArgumentException when the configured value is not base64 of exactly 32 bytes, or the
     *     file holds anything else (naming the source, never the value)
     */
    public static MasterKey load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new MasterKey(decode(configured.strip(), "ALPHAPULSE_MASTER_KEY"));
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return readFile(file);
            }
            MasterKey generated = generate();
            generated.writeTo(file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    /**
     * The master key in an existing {@code file} (base64 of 32 bytes).
     *
     * @throws IllegalArgumentException when the file holds anything else (naming the file, never the content)
     * @throws UncheckedIOException when it cannot be read, or does not exist
     */
    public static MasterKey readFile(Path file) {
        try {
            return new MasterKey(
                    decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key file " + file, e);
        }
    }

    /**
     * The master key of {@code base64} (32 bytes).
     *
     * @param source where it came from, for the message
     * @throws IllegalArgumentException naming {@code source}, never the value
     */
    public static MasterKey parse(String base64, String source) {
        return new MasterKey(decode(base64.strip(), source));
    }

    /** A new random master key (256 bits from {@link SecureRandom}). */
    public static MasterKey generate() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** Writes this key as base64 to {@code file}, atomically, readable by the owner only (mode 600). */
    public void writeTo(Path file) throws IOException {
        AtomicFile.writeOwnerOnly(
                file,
                (Base64.getEncoder().encodeToString(key.getEncoded()) + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** A master key of these 32 bytes (tests and key rotation). */
    public static MasterKey of(byte[] bytes) {
        if (bytes == null || bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key is 32 bytes");
        }
        return new MasterKey(bytes.clone());
    }

    public SecretKey key() {
        return key;
    }

    /** The key's fingerprint: the first 16 hex digits of its SHA-256. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the master key from " + source + " is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key from " + source + " must be 32 bytes (256 bits), was "
                    + bytes.length + "; create one with: head -c 32 /dev/urandom | base64");
        }
        return bytes;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
