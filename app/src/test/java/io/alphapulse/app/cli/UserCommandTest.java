package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./alphapulse user add ...} on a fresh SQLite store, as an operator runs it. */
class UserCommandTest {

    private static final String PASSWORD = "violet-harbor-lantern";

    @TempDir
    Path temp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private DatabaseSettings settings;

    @BeforeEach
    void settings() {
        settings = new DatabaseSettings("jdbc:sqlite:" + temp.resolve("data/alphapulse.db"), null, null);
    }

    private int user(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return new CommandLine(new UserCommand(Map.of("ALPHAPULSE_DB_URL", settings.url()), in, null))
                .setExecutionExceptionHandler(new CliFailureHandler())
                .execute(args);
    }

    private Path passwordFile(String content) throws Exception {
        Path file = temp.resolve("password-" + System.nanoTime());
        Files.writeString(file, content);
        return file;
    }

    private User stored(String username) throws Exception {
        try (Database database = Database.open(settings)) {
            return new UserRepository(database).findByUsername(username).orElseThrow();
        }
    }

    @Test
    void add_withAPasswordFile_createsTheUser_withABcryptHash_andAnAuditEntry() throws Exception {
        Path file = passwordFile(PASSWORD + "\nignored second line\n");

        int exit = user("", "add", "--username", "alice", "--role", "trader", "--password-file", file.toString());

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).isEqualTo("created user alice (role trader)" + System.lineSeparator());
        User alice = stored("alice");
        assertThat(alice.role()).isEqualTo(Role.TRADER);
        assertThat(alice.disabled()).isFalse();
        assertThat(alice.passwordHash().encoded()).startsWith("$2a$12$").doesNotContain(PASSWORD);
        assertThat(new PasswordHasher().matches(PASSWORD, alice.passwordHash())).isTrue();
        try (Database database = Database.open(settings)) {
            assertThat(new AuditLog(database).find(AuditQuery.newest(100))).anySatisfy(entry -> {
                assertThat(entry.entry().action()).isEqualTo("user.create");
                assertThat(entry.entry().target()).isEqualTo("alice");
                assertThat(entry.entry().detail()).doesNotContain(PASSWORD);
            });
        }
    }

    @Test
    void add_readsTheFirstLineOfStdin_whenNoFileIsGiven() throws Exception {
        int exit = user(PASSWORD + "\n", "add", "--username", "bob", "--role", "VIEWER");

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(console.stdout()).contains("created user bob (role viewer)");
        assertThat(new PasswordHasher().matches(PASSWORD, stored("bob").passwordHash()))
                .isTrue();
    }

    @Test
    void add_withAnUnknownRole_exitsTwo_namingTheRole() {
        int exit = user(PASSWORD + "\n", "add", "--username", "carol", "--role", "superuser");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr().strip())
                .doesNotContain("\n")
                .contains("--role")
                .contains("superuser");
    }

    @Test
    void add_anExistingUsername_inAnyCase_exitsTwo() {
        assertThat(user(PASSWORD + "\n", "add", "--username", "dave", "--role", "admin"))
                .isZero();

        int exit = user(PASSWORD + "\n", "add", "--username", "DAVE", "--role", "viewer");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr().strip()).doesNotContain("\n").contains("already exists");
    }

    @Test
    void add_aWeakPassword_exitsTwo_namingEveryRuleBroken_andCreatesNobody() throws Exception {
        int exit = user("erin\n", "add", "--username", "erin", "--role", "viewer");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr().strip())
                .doesNotContain("\n")
                .contains("at least 12 characters")
                .contains("contain the username");
        assertThat(user("password1234\n", "add", "--username", "erin", "--role", "viewer"))
                .isEqualTo(2);
        assertThat(console.stderr()).contains("commonly used password");
        try (Database database = Database.open(settings)) {
            database.migrate();
            assertThat(new UserRepository(database).findByUsername("erin")).isEmpty();
        }
    }

    @Test
    void add_withAMissingPasswordFile_exitsTwo_namingIt() {
        Path missing = temp.resolve("no-such-file");

        int exit = user("", "add", "--username", "frank", "--role", "viewer", "--password-file", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr().strip())
                .doesNotContain("\n")
                .contains(missing.toString())
                .contains("does not exist");
    }

    @Test
    void add_withNothingOnStdin_exitsTwo() {
        int exit = user("", "add", "--username", "gina", "--role", "viewer");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("no password given");
    }

    @Test
    void add_doesNotTakeThePasswordAsAnArgument() {
        int exit = user(PASSWORD + "\n", "add", "--username", "hank", "--role", "viewer", "--password", PASSWORD);

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("--password");
    }
}
