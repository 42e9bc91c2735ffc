package io.alphapulse.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
