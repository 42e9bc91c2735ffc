package io.alphapulse.infra.store.outbox;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteOutboxTest extends OutboxContract {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.sqlite(directory);
    }
}
