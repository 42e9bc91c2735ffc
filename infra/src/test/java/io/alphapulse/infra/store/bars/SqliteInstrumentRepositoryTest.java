package io.alphapulse.infra.store.bars;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteInstrumentRepositoryTest extends InstrumentRepositoryContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }
}
