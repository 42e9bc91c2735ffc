package io.alphapulse.app.cli;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.db.backup.DatabaseBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./alphapulse db migrate | backup --to DIR | restore --from FILE} (ARCHITECTURE.md §5) on the
 * store named by {@code ALPHAPULSE_DB_URL}, {@code ALPHAPULSE_DB_USER} and {@code
 * ALPHAPULSE_DB_PASSWORD}. See docs/operations/database.md.
 */
@Command(
        name = "db",
        description = "Database operations on the store named by ALPHAPULSE_DB_URL (default: ./data/alphapulse.db).",
        subcommands = {DbCommand.Migrate.class, DbCommand.Backup.class, DbCommand.Restore.class})
public final class DbCommand implements Callable<Integer> {

    // Flyway reports every step at INFO through java.util.logging; on a command line that drowns the
    // one-line result. Held here because the logging framework keeps loggers only weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    public DbCommand() {
        this(System.getenv());
    }

    /** A command reading its settings from {@code environment} instead of the process's. */
    DbCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_USAGE;
    }

    DatabaseSettings settings() {
        return settings(environment);
    }

    /** The store settings in {@code environment}; a bad {@code ALPHAPULSE_DB_URL} is a usage error. */
    static DatabaseSettings settings(Map<String, String> environment) {
        try {
            return DatabaseSettings.fromEnvironment(environment);
        } catch (IllegalArgumentException badUrl) {
            throw new UsageException("ALPHAPULSE_DB_URL: " + badUrl.getMessage(), badUrl);
        }
    }

    /**
     * Opens the store and brings its schema up to date, with Flyway's step-by-step lines quieted. A store
     * that cannot be reached fails with one line naming it (without the URL's query).
     */
    static Database openMigrated(DatabaseSettings settings) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Database database;
        try {
            database = Database.open(settings);
        } catch (RuntimeException unreachable) {
            throw new IllegalStateException(
                    "cannot open the store " + describe(settings) + ": " + unreachable.getMessage(), unreachable);
        }
        try {
            database.migrate();
        } catch (RuntimeException failed) {
            database.close();
            throw failed;
        }
        return database;
    }

    /** The URL without its query, where a password may have been put. */
    static String describe(DatabaseSettings settings) {
        String url = settings.url();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Brings the schema to the latest version; running it again applies nothing. */
    @Command(name = "migrate", description = "Bring the schema to the latest version (safe to run again).")
    static final class Migrate implements Callable<Integer> {

        @ParentCommand
        DbCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            FLYWAY_LOG.setLevel(Level.WARNING);
            DatabaseSettings settings = parent.settings();
            try (Database database = Database.open(settings)) {
                String before = database.schemaVersion();
                int applied = database.migrate();
                String after = database.schemaVersion();
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s: schema version %s -> %s, %d migration%s applied%n",
                                describe(settings), before, after, applied, applied == 1 ? "" : "s");
            }
            return ExitCodes.SUCCESS;
        }
    }

    /** Writes a consistent backup while the application may keep running. */
    @Command(
            name = "backup",
            description = {
                "Write a consistent backup into DIR while the application may keep running:",
                "SQLite: alphapulse-<UTC timestamp>.db; PostgreSQL: alphapulse-<UTC timestamp>.dump (needs pg_dump)."
            })
    static final class Backup implements Callable<Integer> {

        @ParentCommand
        DbCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "DIR", description = "directory for the backup")
        Path directory;

        @Override
        public Integer call() {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new UsageException("--to " + directory + " is not a directory");
            }
            DatabaseSettings settings = parent.settings();
            Path backup;
            try {
                backup = new DatabaseBackup(settings, Clock.systemUTC()).backup(directory);
            } catch (IllegalArgumentException badInput) {
                throw new UsageException(badInput.getMessage(), badInput);
            }
            spec.commandLine().getOut().println(backup);
            return ExitCodes.SUCCESS;
        }
    }

    /** Replaces the store's contents with a backup. */
    @Command(
            name = "restore",
            description = {
                "Replace the store's contents with a backup made by 'db backup'.",
                "SQLite: stop AlphaPulse first (refused while another process has the database open).",
                "PostgreSQL: pg_restore --clean --if-exists --no-owner in one transaction."
            })
    static final class Restore implements Callable<Integer> {

        @ParentCommand
        DbCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "backup file to restore")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--from " + file + " does not exist or is not a file");
            }
            DatabaseSettings settings = parent.settings();
            try {
                new DatabaseBackup(settings, Clock.systemUTC()).restore(file);
            } catch (IllegalArgumentException badInput) {
                throw new UsageException(badInput.getMessage(), badInput);
            }
            FLYWAY_LOG.setLevel(Level.WARNING);
            try (Database database = Database.open(settings)) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "restored %s into %s (schema version %s)%n",
                                file, describe(settings), database.schemaVersion());
            }
            return ExitCodes.SUCCESS;
        }
    }
}
