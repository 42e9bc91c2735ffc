package io.alphapulse.infra.store.strategies;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStrategyWeightRepositoryTest extends StrategyWeightRepositoryContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }
}
