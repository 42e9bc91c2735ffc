package io.alphapulse.app.server.secrets;

import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.app.server.security.FileSigningKeyStore;
import io.alphapulse.infra.store.users.ExchangeCredential;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository.ResealedDataKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the master key in place: every credential's data key and every access-token signing key is
 * re-sealed under a new master key; the sealed API keys and secrets and the signing keys themselves stay
 * as they are, so credentials keep opening and issued tokens stay valid.
 *
 * <p>The steps are ordered so that a crash at any point leaves a state {@link #recover} turns into a
 * consistent one on the next start:
 *
 * <ol>
 *   <li>the new key goes to {@code <data-dir>/master.key.next} (mode 600), before anything is sealed under it;
 *   <li>every credential's data key is re-sealed in <em>one</em> database transaction (all or none);
 *   <li>{@code signing-keys.json} is rewritten under the new key atomically;
 *   <li>{@code master.key.next} atomically replaces {@code master.key}; when the key is kept in {@code
 *       ALPHAPULSE_MASTER_KEY} instead, the file stays for the operator to move into the variable.
 * </ol>
 *
 * After a crash, anything sealed under the key in {@code master.key.next} means step 2 or 3 completed, so
 * the rotation is finished; nothing sealed under it while something is sealed under the configured key
 * means it never started, so the file is removed. With nothing sealed at all it is finished.
 * Callers hold the {@link io.alphapulse.app.io.DataDirectoryLock}, so no server seals new credentials
 * under the old key meanwhile.
 */
public final class MasterKeyRotation {

    /** The points between the steps, in order. */
    public enum Step {
        NEXT_KEY_WRITTEN,
        CREDENTIALS_RESEALED,
        SIGNING_KEYS_RESEALED,
        MASTER_KEY_REPLACED
    }

    /** Called after each step; tests interrupt the rotation here to show that {@link #recover} copes. */
    @FunctionalInterface
    public interface Checkpoints {
        void reached(Step step);

        static Checkpoints none() {
            return step -> {};
        }
    }

    /** Where the master key is configured. */
    public enum KeySource {
        /** {@code <data-dir>/master.key}. */
        FILE,
        /** {@code ALPHAPULSE_MASTER_KEY}: the new key is left in {@code master.key.next} for the operator. */
        ENVIRONMENT;

        /** Where a key comes from given {@code ALPHAPULSE_MASTER_KEY}'s value: the file when it is blank. */
        public static KeySource of(String configured) {
            return configured == null || configured.isBlank() ? FILE : ENVIRONMENT;
        }
    }

    /** What {@link #recover} found and did. */
    public enum RecoveryAction {
        /** No rotation was under way. */
        NONE,
        /** A rotation was interrupted before anything was sealed under the new key: the new key was removed. */
        ROLLED_BACK,
        /** A rotation was interrupted after the re-sealing began: it was finished. */
        COMPLETED,
        /** The rotation is complete but {@code ALPHAPULSE_MASTER_KEY} still holds the previous key. */
        ENVIRONMENT_NOT_UPDATED,
        /** {@code ALPHAPULSE_MASTER_KEY} holds the new key; {@code master.key.next} is a left-over copy. */
        NEXT_FILE_LEFT_OVER
    }

    /**
     * The outcome of {@link #recover}.
     *
     * @param key the master key to use from now on
     * @param action what was found and done
     * @param message a sentence for the log, naming key ids (fingerprints) only; {@code null} for {@link
     *     RecoveryAction#NONE}
     */
    public record Recovery(MasterKey key, RecoveryAction action, String message) {}

    /** A finished rotation: key ids (fingerprints) and how much was re-sealed. */
    public record Rotated(String fromKeyId, String toKeyId, int credentials, int signingKeys) {}

    /** A rotation that must not start; the message names the problem. */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final Path dataDirectory;
    private final ExchangeCredentialRepository credentials;
    private final Checkpoints checkpoints;

    public MasterKeyRotation(Path dataDirectory, ExchangeCredentialRepository credentials, Checkpoints checkpoints) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
    }

    public Path masterKeyFile() {
        return dataDirectory.resolve(MasterKey.FILE_NAME);
    }

    public Path nextKeyFile() {
        return dataDirectory.resolve(MasterKey.NEXT_FILE_NAME);
    }

    public Path signingKeysFile() {
        return dataDirectory.resolve(FileSigningKeyStore.FILE_NAME);
    }

    /**
     * Re-seals everything under {@code next}.
     *
     * @param current the configured master key, after {@link #recover}
     * @throws RefusedException when a credential is sealed under another key than {@code current} (naming
     *     it), the signing keys do not open under {@code current}, a rotation is still pending, or {@code
     *     next} is {@code current}
     */
    public Rotated rotate(MasterKey current, MasterKey next, KeySource source) throws SQLException {
        if (current.id().equals(next.id())) {
            throw new RefusedException("the new master key is the current one (" + current.id() + ")");
        }
        if (Files.exists(nextKeyFile())) {
            throw new RefusedException(nextKeyFile() + " exists: a previous rotation is waiting for "
                    + "ALPHAPULSE_MASTER_KEY to be set to its content; do that and delete the file first");
        }
        List<ExchangeCredential> all = credentials.listAll();
        List<String> unknown = all.stream()
                .filter(credential -> !credential.masterKeyId().equals(current.id()))
                .map(credential -> "credential " + credential.id() + " (" + credential.venue() + "/"
                        + credential.label() + ") is sealed under unknown master key " + credential.masterKeyId())
                .toList();
        if (!unknown.isEmpty()) {
            throw new RefusedException(String.join("; ", unknown) + "; the current master key is " + current.id()
                    + ": configure the key they were sealed under, or delete them");
        }
        if (Files.exists(signingKeysFile()) && !FileSigningKeyStore.opensUnder(signingKeysFile(), current)) {
            throw new RefusedException(signingKeysFile() + " does not open under the current master key " + current.id()
                    + "; remove it (outstanding access tokens then become invalid) and retry");
        }

        write(next, nextKeyFile());
        checkpoints.reached(Step.NEXT_KEY_WRITTEN);
        int resealed = resealCredentials(all, current, next);
        checkpoints.reached(Step.CREDENTIALS_RESEALED);
        int signingKeys = FileSigningKeyStore.reseal(signingKeysFile(), current, next);
        checkpoints.reached(Step.SIGNING_KEYS_RESEALED);
        if (source == KeySource.FILE) {
            replaceMasterKeyFile();
            checkpoints.reached(Step.MASTER_KEY_REPLACED);
        }
        return new Rotated(current.id(), next.id(), resealed, signingKeys);
    }

    /**
     * Finishes or rolls back a rotation that was interrupted, and tells whether the configured key is
     * still the one to use. Run on every start, before anything opens or seals a secret.
     *
     * @param configured the key from {@code ALPHAPULSE_MASTER_KEY} or {@code master.key}
     */
    public Recovery recover(MasterKey configured, KeySource source) throws SQLException {
        Path nextFile = nextKeyFile();
        if (!Files.exists(nextFile)) {
            return new Recovery(configured, RecoveryAction.NONE, null);
        }
        MasterKey next = MasterKey.readFile(nextFile);
        if (next.id().equals(configured.id())) {
            if (source == KeySource.FILE) {
                delete(nextFile);
                return new Recovery(
                        configured,
                        RecoveryAction.COMPLETED,
                        "master-key rotation to " + next.id() + " was already complete; removed the copy " + nextFile);
            }
            return new Recovery(
                    configured,
                    RecoveryAction.NEXT_FILE_LEFT_OVER,
                    "ALPHAPULSE_MASTER_KEY holds the rotated master key " + next.id() + "; delete " + nextFile
                            + ", a copy of it that is no longer needed");
        }
        List<ExchangeCredential> all = credentials.listAll();
        boolean sealedUnderNext =
                all.stream().anyMatch(credential -> credential.masterKeyId().equals(next.id()))
                        || FileSigningKeyStore.opensUnder(signingKeysFile(), next);
        boolean sealedUnderConfigured =
                all.stream().anyMatch(credential -> credential.masterKeyId().equals(configured.id()))
                        || FileSigningKeyStore.opensUnder(signingKeysFile(), configured);
        // Nothing sealed under either key: nothing tells an unfinished rotation from a finished one (with
        // the key in the environment the new key stays in the file), and finishing it loses nothing.
        if (!sealedUnderNext && sealedUnderConfigured) {
            delete(nextFile);
            return new Recovery(
                    configured,
                    RecoveryAction.ROLLED_BACK,
                    "an interrupted master-key rotation to " + next.id() + " had sealed nothing under the new key;"
                            + " rolled back: removed " + nextFile + ", master key " + configured.id() + " stays");
        }
        int resealed = resealCredentials(all, configured, next);
        int signingKeys = FileSigningKeyStore.opensUnder(signingKeysFile(), configured)
                ? FileSigningKeyStore.reseal(signingKeysFile(), configured, next)
                : 0;
        String finished = "finished an interrupted master-key rotation " + configured.id() + " -> " + next.id() + " ("
                + resealed + " credential(s) and " + signingKeys + " signing key(s) still needed re-sealing)";
        if (source == KeySource.FILE) {
            replaceMasterKeyFile();
            return new Recovery(next, RecoveryAction.COMPLETED, finished + "; " + masterKeyFile() + " replaced");
        }
        return new Recovery(
                next,
                RecoveryAction.ENVIRONMENT_NOT_UPDATED,
                (resealed + signingKeys == 0 ? "master-key rotation " + configured.id() + " -> " + next.id() : finished)
                        + "; ALPHAPULSE_MASTER_KEY still holds the previous key " + configured.id()
                        + ": using " + nextFile + " for now; set ALPHAPULSE_MASTER_KEY to the content of that"
                        + " file, then delete it");
    }

    private int resealCredentials(List<ExchangeCredential> all, MasterKey from, MasterKey to) throws SQLException {
        CredentialVault vault = new CredentialVault(from);
        List<ResealedDataKey> resealed = new ArrayList<>();
        for (ExchangeCredential credential : all) {
            if (credential.masterKeyId().equals(from.id())) {
                resealed.add(
                        new ResealedDataKey(credential.id(), from.id(), vault.resealDataKey(credential, to), to.id()));
            }
        }
        if (!resealed.isEmpty()) {
            credentials.replaceDataKeys(resealed);
        }
        return resealed.size();
    }

    private void replaceMasterKeyFile() {
        try {
            AtomicFile.moveIntoPlace(nextKeyFile(), masterKeyFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + masterKeyFile() + " with " + nextKeyFile(), e);
        }
    }

    private static void write(MasterKey key, Path file) {
        try {
            key.writeTo(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new master key to " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
