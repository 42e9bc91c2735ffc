package io.alphapulse.infra.store.bars;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

class SqliteBarRepositoryTest extends BarRepositoryContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }

    @Override
    protected void failInsertAt(Connection connection, long openTimeMillis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // DDL takes no bind parameters; the value is a test constant.
            statement.execute("CREATE TRIGGER fail_insert BEFORE INSERT ON bars WHEN NEW.open_time = " + openTimeMillis
                    + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }
    }
}
