package io.alphapulse.infra.db.backup;

import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.db.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Backs the store up to a file and restores it from one, for SQLite and PostgreSQL.
 *
 * <p><b>SQLite</b>: {@code VACUUM INTO} on a connection of our own. It copies the database inside one
 * read transaction, so the snapshot is the last committed state when it started, and in WAL mode it
 * never blocks the running application's writer. We prefer it to the online-backup API ({@code backup
 * to}), which restarts its copy whenever another connection writes, so a busy application can starve it;
 * {@code VACUUM INTO} also leaves a compact file. Restore replaces the file atomically and refuses while
 * another process has the database open.
 *
 * <p><b>PostgreSQL</b>: {@code pg_dump --format=custom} and {@code pg_restore --clean --if-exists
 * --no-owner}, found on {@code PATH}, with the password in the child's environment only.
 *
 * <p>Backups are written under a temporary name and renamed when complete, so a file named {@code
 * alphapulse-<UTC timestamp>.db} or {@code .dump} is always a whole backup. Instances are not for use
 * in a process that has the SQLite database open itself when restoring (see {@link #restore(Path)}).
 */
public final class DatabaseBackup {

    /** The names of complete backups: {@code alphapulse-20261121T060550123Z.db} or {@code .dump}. */
    static final Pattern BACKUP_NAME = Pattern.compile("alphapulse-\\d{8}T\\d{9}Z\\.(db|dump)");

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PG_DUMP_HEADER = "PGDMP".getBytes(StandardCharsets.US_ASCII);
    // SQLite's WAL index: every connection holds a shared lock on this byte of the -shm file while
    // the database is open ("DMS" lock, offset 120 + SQLITE_SHM_NLOCK in os_unix.c).
    private static final long SQLITE_SHM_OPEN_LOCK_OFFSET = 128;
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 5_000;

    private final DatabaseSettings settings;
    private final Clock clock;
    private final PostgresTools tools;

    /** Backups of the store at {@code settings}, named by {@code clock}, using the tools on {@code PATH}. */
    public DatabaseBackup(DatabaseSettings settings, Clock clock) {
        this(settings, clock, PostgresTools.fromPath(System.getenv()));
    }

    DatabaseBackup(DatabaseSettings settings, Clock clock, PostgresTools tools) {
        this.settings = settings;
        this.clock = clock;
        this.tools = tools;
    }

    /**
     * Writes a consistent backup of the store into {@code directory} (created if missing) while the
     * application may keep running.
     *
     * @return the backup file
     * @throws IllegalArgumentException naming the database when there is nothing to back up
     * @throws BackupException when the backup could not be made (tool missing or failing, I/O error)
     */
    public Path backup(Path directory) {
        createDirectory(directory);
        String timestamp = TIMESTAMP.format(clock.instant());
        return switch (settings.vendor()) {
            case SQLITE -> backupSqlite(directory.resolve("alphapulse-" + timestamp + ".db"));
            case POSTGRESQL -> backupPostgres(directory.resolve("alphapulse-" + timestamp + ".dump"));
        };
    }

    /**
     * Replaces the store's contents with the backup in {@code file}.
     *
     * <p>SQLite: refused while another process has the database open (detected through the lock every
     * SQLite connection holds on the {@code -shm} file in WAL mode). The process calling this must not
     * have the database open itself: POSIX locks are per process, so its own connections go unseen, and
     * releasing our probe lock would drop theirs.
     *
     * @throws IllegalArgumentException naming the file when it is not a backup of this vendor
     * @throws BackupException when the restore could not be done
     */
    public void restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the backup file " + file + " does not exist or is not a file");
        }
        switch (settings.vendor()) {
            case SQLITE -> restoreSqlite(file);
            case POSTGRESQL -> restorePostgres(file);
        }
    }

    public Vendor vendor() {
        return settings.vendor();
    }

    private Path backupSqlite(Path target) {
        Path database = SqliteFiles.databaseFile(settings.url());
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("the database file " + database + " does not exist: nothing to back up");
        }
        Path partial = partialName(target);
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MILLIS));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database, properties);
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            Files.deleteIfExists(partial);
            vacuum.setString(1, partial.toString());
            vacuum.execute();
        } catch (SQLException failure) {
            deleteQuietly(partial);
            throw new BackupException("backup of " + database + " failed: " + failure.getMessage(), failure);
        } catch (IOException failure) {
            throw new BackupException("cannot write the backup " + partial + ": " + failure.getMessage(), failure);
        }
        return publish(partial, target);
    }

    private void restoreSqlite(Path file) {
        requireHeader(file, SQLITE_HEADER, "a SQLite database");
        Path database = SqliteFiles.databaseFile(settings.url());
        refuseWhileOpenElsewhere(database);
        Path staged = SqliteFiles.sibling(database, ".restoring");
        try {
            Files.createDirectories(database.getParent());
            Files.copy(file, staged, StandardCopyOption.REPLACE_EXISTING);
            force(staged);
            // A WAL left from the old database would be replayed onto the restored one and corrupt it.
            Files.deleteIfExists(SqliteFiles.sibling(database, "-wal"));
            Files.deleteIfExists(SqliteFiles.sibling(database, "-shm"));
            Files.move(staged, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(database.getParent());
        } catch (IOException failure) {
            deleteQuietly(staged);
            throw new BackupException(
                    "cannot restore " + file + " into " + database + ": " + failure.getMessage(), failure);
        }
    }

    private static void refuseWhileOpenElsewhere(Path database) {
        Path sharedMemory = SqliteFiles.sibling(database, "-shm");
        if (!Files.exists(sharedMemory)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(sharedMemory, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock(SQLITE_SHM_OPEN_LOCK_OFFSET, 1, false);
            if (probe == null) {
                throw new BackupException("the database " + database
                        + " is open in another process: stop AlphaPulse (and any sqlite3 shell) before restoring");
            }
            probe.release();
        } catch (IOException failure) {
            throw new BackupException(
                    "cannot tell whether " + database + " is in use (" + sharedMemory + ": " + failure.getMessage()
                            + "): stop AlphaPulse and try again",
                    failure);
        }
    }

    private Path backupPostgres(Path target) {
        PostgresTarget postgres = PostgresTarget.of(settings);
        Path pgDump = tools.find("pg_dump");
        int toolMajor = tools.majorVersion(pgDump);
        int serverMajor = serverMajorVersion(postgres);
        if (toolMajor < serverMajor) {
            throw new BackupException(pgDump + " is version " + toolMajor + " but the server " + postgres.host() + ":"
                    + postgres.port() + " runs PostgreSQL " + serverMajor + ": pg_dump cannot dump a newer server;"
                    + " install the client tools " + serverMajor + " or newer");
        }
        Path partial = partialName(target);
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--file=" + partial));
        command.addAll(postgres.connectionArguments());
        try {
            tools.run(command, postgres.environment());
        } catch (BackupException failure) {
            deleteQuietly(partial);
            throw failure;
        }
        return publish(partial, target);
    }

    private void restorePostgres(Path file) {
        requireHeader(file, PG_DUMP_HEADER, "a pg_dump custom-format archive");
        PostgresTarget postgres = PostgresTarget.of(settings);
        Path pgRestore = tools.find("pg_restore");
        List<String> command = new ArrayList<>(List.of(
                pgRestore.toString(),
                "--clean",
                "--if-exists",
                "--no-owner",
                // All or nothing: a restore failing half-way must not leave a mixed database.
                "--single-transaction",
                "--exit-on-error"));
        command.addAll(postgres.connectionArguments());
        command.add(file.toString());
        tools.run(command, postgres.environment());
    }

    private static int serverMajorVersion(PostgresTarget postgres) {
        Properties properties = new Properties();
        if (postgres.user() != null) {
            properties.setProperty("user", postgres.user());
        }
        if (postgres.password() != null) {
            properties.setProperty("password", postgres.password());
        }
        properties.setProperty("connectTimeout", "10");
        String url = "jdbc:postgresql://" + postgres.host() + ":" + postgres.port() + "/" + postgres.database();
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SHOW server_version_num")) {
            version.next();
            return Integer.parseInt(version.getString(1).strip()) / 10_000;
        } catch (SQLException failure) {
            throw new BackupException("cannot reach PostgreSQL at " + url + ": " + failure.getMessage(), failure);
        }
    }

    private static void requireHeader(Path file, byte[] header, String what) {
        byte[] start;
        try (InputStream input = Files.newInputStream(file)) {
            start = input.readNBytes(header.length);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the backup file " + file, failure);
        }
        if (!Arrays.equals(start, header)) {
            throw new IllegalArgumentException("the file " + file + " is not " + what);
        }
    }

    private static Path partialName(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    private static Path publish(Path partial, Path target) {
        try {
            force(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(target.getParent());
            return target;
        } catch (IOException failure) {
            deleteQuietly(partial);
            throw new BackupException("cannot complete the backup " + target + ": " + failure.getMessage(), failure);
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new IllegalArgumentException(
                    "cannot create the backup directory " + directory + ": " + failure.getMessage(), failure);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    // The rename is only durable once the directory entry is on disk; not every platform allows
    // opening a directory, and the backup file itself is already safe, so failure here is tolerated.
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            // Windows cannot open directories; the file's own data was forced already.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The original failure is what the caller needs to see; a stray partial file is harmless
            // because its name never matches a complete backup.
        }
    }
}
