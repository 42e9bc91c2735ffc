package io.alphapulse.infra.store.trading;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteFillRepositoryTest extends FillRepositoryContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }
}
