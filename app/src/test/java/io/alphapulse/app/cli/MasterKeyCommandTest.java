package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.io.DataDirectoryLock;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.app.server.secrets.CredentialVault;
import io.alphapulse.app.server.secrets.MasterKeyRotation;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.users.ExchangeCredential;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import io.alphapulse.infra.store.users.PasswordHash;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./alphapulse master-key rotate} on a SQLite store, as an operator runs it. */
class MasterKeyCommandTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path data;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private DatabaseSettings settings;
    private MasterKey old;
    private ExchangeCredential credential;

    @BeforeEach
    void storeWithOneCredential() throws Exception {
        settings = new DatabaseSettings("jdbc:sqlite:" + data.resolve("alphapulse.db"), null, null);
        old = MasterKey.load(null, data);
        try (Database database = Database.open(settings)) {
            database.migrate();
            User alice = new UserRepository(database)
                    .create("alice", Role.TRADER, new PasswordHash("$2a$12$" + "x".repeat(53)), T0);
            credential = seal(database, old, alice, "main");
        }
    }

    private int rotate(Map<String, String> extraEnvironment, String stdin, String... args) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("ALPHAPULSE_DB_URL", settings.url());
        environment.put("ALPHAPULSE_DATA_DIR", data.toString());
        String[] arguments = new String[args.length + 1];
        arguments[0] = "rotate";
        System.arraycopy(args, 0, arguments, 1, args.length);
        return new CommandLine(new MasterKeyCommand(
                        environment,
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII)),
                        MasterKeyRotation.Checkpoints.none()))
                .setExecutionExceptionHandler(new CliFailureHandler())
                .execute(arguments);
    }

    @Test
    void rotate_withTheKeyInTheDataDirectory_replacesIt_andRecordsAnAuditEntry() throws Exception {
        int exit = rotate(Map.of(), "");

        assertThat(exit).as(console.stderr()).isZero();
        MasterKey next = MasterKey.readFile(data.resolve(MasterKey.FILE_NAME));
        assertThat(next.id()).isNotEqualTo(old.id());
        assertThat(console.stdout())
                .contains("master key rotated: " + old.id() + " -> " + next.id(), "1 credential(s)")
                .doesNotContain(base64(next));
        try (Database database = Database.open(settings)) {
            ExchangeCredential stored =
                    new ExchangeCredentialRepository(database).listAll().getFirst();
            assertThat(new CredentialVault(next).open(stored).apiKey()).isEqualTo("AKEY-1234");
            assertThat(new AuditLog(database).find(AuditQuery.newest(10)))
                    .anySatisfy(entry -> assertThat(entry.entry().action()).isEqualTo("master-key.rotate"));
        }
    }

    @Test
    void rotate_withANewKeyOnStdin_usesThatKey() throws Exception {
        MasterKey chosen = MasterKey.generate();

        int exit = rotate(Map.of(), base64(chosen) + "\n", "--new-key-file", "-");

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(chosen.id());
    }

    @Test
    void rotate_withTheKeyInTheEnvironment_writesTheNewKeyToAFile_andPrintsOnlyTheInstruction() throws Exception {
        Files.delete(data.resolve(MasterKey.FILE_NAME));
        Path keyFile = data.resolve("operator-chosen.key");
        MasterKey chosen = MasterKey.generate();
        Files.writeString(keyFile, base64(chosen));

        int exit = rotate(Map.of("ALPHAPULSE_MASTER_KEY", base64(old)), "", "--new-key-file", keyFile.toString());

        assertThat(exit).as(console.stderr()).isZero();
        Path next = data.resolve(MasterKey.NEXT_FILE_NAME);
        assertThat(MasterKey.readFile(next).id()).isEqualTo(chosen.id());
        assertThat(data.resolve(MasterKey.FILE_NAME)).doesNotExist();
        assertThat(console.stdout())
                .contains("set it to the content of " + next.toAbsolutePath())
                .doesNotContain(base64(chosen))
                .doesNotContain(base64(old));
        assertThat(console.stderr()).doesNotContain(base64(chosen));
    }

    @Test
    void rotate_whileAServerHoldsTheDataDirectory_isRefused_andChangesNothing() throws Exception {
        try (DataDirectoryLock server = DataDirectoryLock.acquire(data)) {
            int exit = rotate(Map.of(), "");

            assertThat(exit).isEqualTo(2);
            assertThat(console.stderr())
                    .contains("server", "running", data.toAbsolutePath().toString());
        }
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(old.id());
        assertThat(data.resolve(MasterKey.NEXT_FILE_NAME)).doesNotExist();
    }

    @Test
    void rotate_withACredentialUnderAnUnknownKey_isRefusedNamingIt() throws Exception {
        MasterKey stranger = MasterKey.generate();
        ExchangeCredential foreign;
        try (Database database = Database.open(settings)) {
            User alice = new UserRepository(database).findByUsername("alice").orElseThrow();
            foreign = seal(database, stranger, alice, "foreign");
        }

        int exit = rotate(Map.of(), "");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr())
                .contains(foreign.id().toString(), stranger.id())
                .doesNotContain(credential.id().toString());
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(old.id());
    }

    @Test
    void rotate_withBadInput_exitsWith2_namingTheProblem() throws Exception {
        assertThat(rotate(Map.of(), "not base64!\n", "--new-key-file", "-")).isEqualTo(2);
        assertThat(console.stderr()).contains("stdin is not base64");

        assertThat(rotate(
                        Map.of(),
                        "",
                        "--new-key-file",
                        data.resolve("missing.key").toString()))
                .isEqualTo(2);
        assertThat(console.stderr()).contains("missing.key does not exist");

        assertThat(rotate(Map.of(), base64(old), "--new-key-file", "-")).isEqualTo(2);
        assertThat(console.stderr()).contains("the new master key is the current one");

        assertThat(rotate(Map.of("ALPHAPULSE_MASTER_KEY", "c2hvcnQ="), "")).isEqualTo(2);
        assertThat(console.stderr()).contains("ALPHAPULSE_MASTER_KEY must be 32 bytes");

        assertThat(rotate(Map.of(), "", "--data-dir", data.resolve("nowhere").toString()))
                .isEqualTo(2);
        assertThat(console.stderr()).contains("nowhere does not exist");
        assertThat(MasterKey.readFile(data.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(old.id());
    }

    private static ExchangeCredential seal(Database database, MasterKey key, User user, String label) throws Exception {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = new CredentialVault(key).seal(user.id(), id, "AKEY-1234", "SECRET-abcd");
        return new ExchangeCredentialRepository(database)
                .create(
                        id,
                        user.id(),
                        "binance",
                        label,
                        sealed.apiKey(),
                        sealed.secret(),
                        sealed.dataKey(),
                        sealed.masterKeyId(),
                        T0);
    }

    private static String base64(MasterKey key) {
        return Base64.getEncoder().encodeToString(key.key().getEncoded());
    }
}
