package io.alphapulse.infra.store.news;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteNewsRepositoryTest extends NewsRepositoryContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }
}
