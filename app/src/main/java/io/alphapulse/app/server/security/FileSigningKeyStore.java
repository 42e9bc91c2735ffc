package io.alphapulse.app.server.security;

import com.nimbusds.jose.jwk.ECKey;
import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.app.server.crypto.AesGcm;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.db.OwnerOnlyFiles;
import io.alphapulse.infra.store.users.SealedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the access-token key set in a JSON file ({@code <data-dir>/signing-keys.json}) with mode 600,
 * replaced atomically on every change so a crash leaves the old set or the new one. Each private key
 * (its JWK) is sealed with AES-256-GCM under the master key, bound to its kid, so the file alone (a
 * backup, a copied data directory) does not give the keys away; public parts and dates stay readable.
 * A file readable by others is narrowed to the owner when loaded.
 */
public final class FileSigningKeyStore implements SigningKeyStore {

    public static final String FILE_NAME = "signing-keys.json";
    private static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(FileSigningKeyStore.class);

    private final Path file;
    private final MasterKey masterKey;
    private final JsonMapper json = JsonMapper.builder().build();

    /** A store in {@code file} whose private keys are sealed under {@code masterKey} (AES-256-GCM). */
    public FileSigningKeyStore(Path file, MasterKey masterKey) {
        this.file = file;
        this.masterKey = masterKey;
    }

    @Override
    public List<SigningKey> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        narrowPermissions();
        try {
            Map<String, Object> root = json.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
            if (!Integer.valueOf(VERSION).equals(root.get("version"))) {
                throw unreadable("unknown version " + root.get("version"), null);
            }
            if (!(root.get("keys") instanceof List<?> entries)) {
                throw unreadable("no key list", null);
            }
            List<SigningKey> keys = new ArrayList<>(entries.size());
            for (Object entry : entries) {
                keys.add(parse(entry));
            }
            return List.copyOf(keys);
        } catch (JacksonException e) {
            throw unreadable("not valid JSON", e);
        }
    }

    @Override
    public void save(List<SigningKey> keys) {
        List<Map<String, Object>> entries = new ArrayList<>(keys.size());
        for (SigningKey key : keys) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kid", key.kid());
            entry.put("createdAt", key.createdAt().toString());
            entry.put(
                    "retireAfter",
                    key.retireAfter() == null ? null : key.retireAfter().toString());
            SealedValue sealed = AesGcm.seal(
                    masterKey.key(),
                    key.privateJwk().toJSONString().getBytes(StandardCharsets.UTF_8),
                    binding(key.kid()));
            entry.put("jwkCiphertext", Base64.getEncoder().encodeToString(sealed.ciphertext()));
            entry.put("jwkNonce", Base64.getEncoder().encodeToString(sealed.nonce()));
            entries.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("keys", entries);
        byte[] content = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        writeOwnerOnly(content);
    }

    /**
     * Whether the stored private keys open under {@code candidate}: true when the file exists, holds at
     * least one key, and every key opens. Used by master-key rotation to tell which key sealed them.
     */
    public static boolean opensUnder(Path file, MasterKey candidate) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return !new FileSigningKeyStore(file, candidate).load().isEmpty();
        } catch (IllegalStateException notUnderThisKey) {
            return false;
        }
    }

    /**
     * Re-seals the stored private keys under {@code to}, replacing the file atomically; the keys
     * themselves do not change, so tokens they signed stay valid.
     *
     * @return how many keys were re-sealed (0 when there is no file)
     * @throws IllegalStateException when they do not open under {@code from}
     */
    public static int reseal(Path file, MasterKey from, MasterKey to) {
        if (!Files.exists(file)) {
            return 0;
        }
        List<SigningKey> keys = new FileSigningKeyStore(file, from).load();
        new FileSigningKeyStore(file, to).save(keys);
        return keys.size();
    }

    private SigningKey parse(Object entry) {
        if (!(entry instanceof Map<?, ?> fields)) {
            throw unreadable("a key entry is not an object", null);
        }
        try {
            Object kid = fields.get("kid");
            SealedValue sealed = SealedValue.of(
                    Base64.getDecoder().decode((String) fields.get("jwkCiphertext")),
                    Base64.getDecoder().decode((String) fields.get("jwkNonce")));
            byte[] opened;
            try {
                opened = AesGcm.open(masterKey.key(), sealed, binding(String.valueOf(kid)));
            } catch (AesGcm.SealedDataException wrongKey) {
                throw unreadable(
                        "key " + kid + " does not open under master key " + masterKey.id()
                                + " (another master key, or tampered)",
                        null);
            }
            ECKey jwk = ECKey.parse(new String(opened, StandardCharsets.UTF_8));
            if (!jwk.getKeyID().equals(kid)) {
                throw unreadable("key " + kid + " does not match its JWK", null);
            }
            Object retireAfter = fields.get("retireAfter");
            return new SigningKey(
                    jwk,
                    Instant.parse((String) fields.get("createdAt")),
                    retireAfter == null ? null : Instant.parse((String) retireAfter));
        } catch (ParseException | RuntimeException e) {
            if (e instanceof IllegalStateException unreadable) {
                throw unreadable;
            }
            throw unreadable("a key entry is invalid (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static byte[] binding(String kid) {
        return ("alphapulse/signing-key/v1|" + kid).getBytes(StandardCharsets.UTF_8);
    }

    private IllegalStateException unreadable(String reason, Exception cause) {
        return new IllegalStateException(
                "cannot read the access-token signing keys from " + file + ": " + reason
                        + "; remove the file to start with a new key (outstanding access tokens then become invalid)",
                cause);
    }

    private void narrowPermissions() {
        try {
            if (OwnerOnlyFiles.narrow(file)) {
                LOG.warn("{} was readable by others; narrowed to mode 600", file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the permissions of " + file, e);
        }
    }

    private void writeOwnerOnly(byte[] content) {
        try {
            AtomicFile.writeOwnerOnly(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the access-token signing keys to " + file, e);
        }
    }
}
