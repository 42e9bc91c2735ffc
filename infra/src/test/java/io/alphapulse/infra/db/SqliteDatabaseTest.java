package io.alphapulse.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest extends DatabaseContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }

    @Test
    void sqlite_runsInWalMode_withABusyTimeout() throws Exception {
        try (Connection connection = store.database().connection();
                Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet timeout = statement.executeQuery("PRAGMA busy_timeout")) {
                timeout.next();
                assertThat(timeout.getInt(1)).isEqualTo(5000);
            }
        }
    }

    @Test
    void open_createsTheDatabaseDirectory() {
        Path nested = directory.resolve("data/nested/alphapulse.db");

        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + nested, null, null))) {
            database.migrate();
        }

        assertThat(nested).exists();
    }

    @Test
    void open_createsANewDataDirectoryAndDatabaseFile_readableByTheOwnerOnly() throws Exception {
        Path data = directory.resolve("fresh-data");
        Path file = data.resolve("alphapulse.db");

        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + file, null, null))) {
            database.migrate();
            assumePosix(file);
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(OwnerOnlyFiles.DIRECTORY);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.FILE);
            Path wal = data.resolve("alphapulse.db-wal");
            assertThat(wal).exists();
            assertThat(Files.getPosixFilePermissions(wal)).isEqualTo(OwnerOnlyFiles.FILE);
        }
    }

    @Test
    void open_narrowsAnExistingDatabaseFileOthersCouldRead() throws Exception {
        Path file = directory.resolve("existing.db");
        Files.createFile(file);
        assumePosix(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + file, null, null))) {
            database.migrate();
        }

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.FILE);
    }

    @Test
    void open_leavesTheModeOfAnExistingDirectoryAlone() throws Exception {
        Path shared = Files.createDirectory(directory.resolve("shared"));
        assumePosix(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (Database database =
                Database.open(new DatabaseSettings("jdbc:sqlite:" + shared.resolve("a.db"), null, null))) {
            database.migrate();
        }

        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void assumePosix(Path path) throws Exception {
        try {
            Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException notPosix) {
            Assumptions.abort("the file system has no POSIX modes");
        }
    }
}
