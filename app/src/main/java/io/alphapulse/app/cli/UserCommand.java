package io.alphapulse.app.cli;

import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.app.server.security.PasswordPolicy;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.AlreadyExistsException;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./alphapulse user add --username U --role R [--password-file F]} (ARCHITECTURE.md §5): creates a
 * user in the store named by {@code ALPHAPULSE_DB_URL}. The password comes from the first line of a file
 * or of stdin, never from an argument (arguments show in process listings and shell history), and must
 * meet the {@link PasswordPolicy}.
 */
@Command(
        name = "user",
        description = "User management on the store named by ALPHAPULSE_DB_URL (default: ./data/alphapulse.db).",
        subcommands = {UserCommand.Add.class})
public final class UserCommand implements Callable<Integer> {

    private final Map<String, String> environment;
    private final InputStream stdin;
    private final Console console;

    @Spec
    CommandSpec spec;

    public UserCommand() {
        this(System.getenv(), System.in, System.console());
    }

    /** A command on {@code environment} reading passwords from {@code stdin}, or {@code console} when not null. */
    UserCommand(Map<String, String> environment, InputStream stdin, Console console) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
        this.console = console;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_USAGE;
    }

    /** Creates one user. */
    @Command(
            name = "add",
            description = {
                "Create a user. The password is read from --password-file, else from the first line of stdin",
                "(or a prompt on a terminal); it needs at least " + PasswordPolicy.MIN_LENGTH
                        + " characters, must not contain the username and must not be a common password."
            })
    static final class Add implements Callable<Integer> {

        @ParentCommand
        UserCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--username", required = true, paramLabel = "U", description = "the new user's name")
        String username;

        @Option(names = "--role", required = true, paramLabel = "R", description = "admin, trader or viewer")
        String roleName;

        @Option(
                names = "--password-file",
                paramLabel = "F",
                description = "file whose first line is the password (default: stdin)")
        Path passwordFile;

        @Override
        public Integer call() throws SQLException {
            Role role;
            try {
                role = Role.ofExternalName(roleName);
            } catch (IllegalArgumentException unknown) {
                throw new UsageException("--role: " + unknown.getMessage(), unknown);
            }
            if (!User.isValidUsername(username)) {
                throw new UsageException("--username must be 1 to 64 letters, digits, '.', '_', '-' or '@'");
            }
            String password = parent.password(passwordFile, username);
            List<PasswordPolicy.Violation> violations = new PasswordPolicy().check(username, password);
            if (!violations.isEmpty()) {
                throw new UsageException("password " + PasswordPolicy.describe(violations));
            }
            DatabaseSettings settings = parent.settings();
            try (Database database = DbCommand.openMigrated(settings)) {
                UserRepository users = new UserRepository(database);
                if (users.findByUsername(username).isPresent()) {
                    throw taken();
                }
                Clock clock = Clock.systemUTC();
                User created;
                try {
                    created = users.create(username, role, new PasswordHasher().hash(password), clock.instant());
                } catch (AlreadyExistsException raced) {
                    throw taken();
                }
                new AuditLog(database)
                        .append(new AuditEntry(
                                clock.instant(),
                                "cli",
                                "user.create",
                                created.username(),
                                AuditOutcome.SUCCESS,
                                "role " + role.externalName(),
                                null));
            }
            spec.commandLine().getOut().printf("created user %s (role %s)%n", username, role.externalName());
            return ExitCodes.SUCCESS;
        }

        private UsageException taken() {
            return new UsageException("--username: user '" + username + "' already exists");
        }
    }

    DatabaseSettings settings() {
        return DbCommand.settings(environment);
    }

    /** The first line of {@code file}, else of stdin, else what the console prompt reads. */
    String password(Path file, String username) {
        if (file != null) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return required(reader.readLine(), "--password-file " + file + " is empty");
            } catch (NoSuchFileException missing) {
                throw new UsageException("--password-file " + file + " does not exist", missing);
            } catch (IOException unreadable) {
                throw new UsageException(
                        "--password-file " + file + " cannot be read: " + unreadable.getMessage(), unreadable);
            }
        }
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", username);
            return required(typed == null ? null : new String(typed), "no password given");
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            return required(reader.readLine(), "no password given: use --password-file F or pipe it on stdin");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from stdin", e);
        }
    }

    private static String required(String line, String problem) {
        if (line == null || line.isEmpty()) {
            throw new UsageException(problem);
        }
        return line;
    }
}
