package io.alphapulse.infra.store.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

class SqliteKilledImportTest extends KilledImportContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }

    @Override
    protected void assertIntact(TestDatabase store) throws SQLException {
        try (Connection connection = store.database().connection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("ok");
        }
    }
}
