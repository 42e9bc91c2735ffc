package io.alphapulse.app.cli;

import io.alphapulse.app.io.DataDirectoryLock;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.app.server.secrets.MasterKeyRotation;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./alphapulse master-key rotate [--new-key-file F]}: re-seals every stored exchange credential's data
 * key and the access-token signing keys under a new master key, in place (see {@link MasterKeyRotation} for
 * the crash-safe order of the steps). Refused while a server runs on the data directory (it holds {@link
 * DataDirectoryLock}). The new key is generated, or read as base64 from a file or stdin; it is never printed.
 */
@Command(
        name = "master-key",
        description = "Master-key operations on the data directory and the store named by ALPHAPULSE_DB_URL.",
        subcommands = {MasterKeyCommand.Rotate.class})
public final class MasterKeyCommand implements Callable<Integer> {

    private final Map<String, String> environment;
    private final InputStream stdin;
    private final MasterKeyRotation.Checkpoints checkpoints;

    @Spec
    CommandSpec spec;

    public MasterKeyCommand() {
        this(System.getenv(), System.in, MasterKeyRotation.Checkpoints.none());
    }

    /** A command on {@code environment}, reading a new key from {@code stdin}; tests interrupt it at checkpoints. */
    MasterKeyCommand(Map<String, String> environment, InputStream stdin, MasterKeyRotation.Checkpoints checkpoints) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
        this.checkpoints = checkpoints;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_USAGE;
    }

    /** Re-seals everything under a new master key. */
    @Command(
            name = "rotate",
            description = {
                "Re-seal every exchange credential's data key and the access-token signing keys under a new",
                "master key. Stop the server first. With the key in <data-dir>/master.key the file is replaced;",
                "with ALPHAPULSE_MASTER_KEY the new key is written to <data-dir>/master.key.next (mode 600)",
                "for you to move into the variable. The key is never printed."
            })
    static final class Rotate implements Callable<Integer> {

        @ParentCommand
        MasterKeyCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--new-key-file",
                paramLabel = "F",
                description = "file holding the new key as base64 of 32 bytes, or - for stdin (default: generate one)")
        String newKeyFile;

        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "the server's data directory (default: ALPHAPULSE_DATA_DIR, else ./data)")
        Path dataDirectory;

        @Override
        public Integer call() throws SQLException {
            Path data = dataDirectory != null ? dataDirectory : parent.dataDirectory();
            if (!Files.isDirectory(data)) {
                throw new UsageException("the data directory " + data + " does not exist (--data-dir)");
            }
            String configured = parent.environment.getOrDefault("ALPHAPULSE_MASTER_KEY", "");
            MasterKeyRotation.KeySource source = MasterKeyRotation.KeySource.of(configured);
            MasterKey current = currentKey(configured, data);
            MasterKey next = newKey();
            DatabaseSettings settings = parent.settings();
            PrintWriter out = spec.commandLine().getOut();
            Optional<DataDirectoryLock> held = DataDirectoryLock.tryAcquire(data);
            if (held.isEmpty()) {
                throw new UsageException("an AlphaPulse server (or another rotation) is running on the data directory "
                        + data.toAbsolutePath() + ": stop it first");
            }
            try (DataDirectoryLock lock = held.get();
                    Database database = DbCommand.openMigrated(settings)) {
                MasterKeyRotation rotation =
                        new MasterKeyRotation(data, new ExchangeCredentialRepository(database), parent.checkpoints);
                MasterKeyRotation.Recovery recovery = rotation.recover(current, source);
                if (recovery.action() != MasterKeyRotation.RecoveryAction.NONE) {
                    out.println(recovery.message());
                }
                MasterKeyRotation.Rotated rotated;
                try {
                    rotated = rotation.rotate(recovery.key(), next, source);
                } catch (MasterKeyRotation.RefusedException refused) {
                    throw new UsageException(refused.getMessage(), refused);
                }
                Clock clock = Clock.systemUTC();
                new AuditLog(database)
                        .append(new AuditEntry(
                                clock.instant(),
                                "cli",
                                "master-key.rotate",
                                rotated.fromKeyId() + " -> " + rotated.toKeyId(),
                                AuditOutcome.SUCCESS,
                                rotated.credentials() + " credential(s), " + rotated.signingKeys()
                                        + " signing key(s) re-sealed",
                                null));
                out.printf(
                        "master key rotated: %s -> %s; %d credential(s) and %d signing key(s) re-sealed%n",
                        rotated.fromKeyId(), rotated.toKeyId(), rotated.credentials(), rotated.signingKeys());
                if (source == MasterKeyRotation.KeySource.ENVIRONMENT) {
                    out.printf(
                            "ALPHAPULSE_MASTER_KEY still holds the old key: set it to the content of %s (mode 600),"
                                    + " then delete that file. Until then the server uses that file.%n",
                            rotation.nextKeyFile().toAbsolutePath());
                } else {
                    out.printf(
                            "%s replaced; back up the new key apart from the database%n",
                            rotation.masterKeyFile().toAbsolutePath());
                }
            }
            return ExitCodes.SUCCESS;
        }

        private MasterKey currentKey(String configured, Path data) {
            if (!configured.isBlank()) {
                try {
                    return MasterKey.parse(configured, "ALPHAPULSE_MASTER_KEY");
                } catch (IllegalArgumentException bad) {
                    throw new UsageException(bad.getMessage(), bad);
                }
            }
            Path file = data.resolve(MasterKey.FILE_NAME);
            if (!Files.exists(file)) {
                throw new UsageException(
                        "no master key to rotate: " + file + " does not exist and ALPHAPULSE_MASTER_KEY is not set");
            }
            try {
                return MasterKey.readFile(file);
            } catch (IllegalArgumentException bad) {
                throw new UsageException(bad.getMessage(), bad);
            }
        }

        private MasterKey newKey() {
            if (newKeyFile == null) {
                return MasterKey.generate();
            }
            String source = newKeyFile.equals("-") ? "stdin" : "--new-key-file " + newKeyFile;
            String content;
            try {
                content = newKeyFile.equals("-")
                        ? new String(parent.stdin.readAllBytes(), StandardCharsets.US_ASCII)
                        : Files.readString(Path.of(newKeyFile), StandardCharsets.US_ASCII);
            } catch (NoSuchFileException missing) {
                throw new UsageException(source + " does not exist", missing);
            } catch (IOException unreadable) {
                throw new UsageException(source + " cannot be read: " + unreadable.getMessage(), unreadable);
            }
            if (content.isBlank()) {
                throw new UsageException(source + " is empty");
            }
            try {
                return MasterKey.parse(content, source);
            } catch (IllegalArgumentException bad) {
                throw new UsageException(bad.getMessage(), bad);
            }
        }
    }

    Path dataDirectory() {
        String configured = environment.get("ALPHAPULSE_DATA_DIR");
        return Path.of(configured == null || configured.isBlank() ? "./data" : configured.strip())
                .toAbsolutePath()
                .normalize();
    }

    DatabaseSettings settings() {
        return DbCommand.settings(environment);
    }
}
