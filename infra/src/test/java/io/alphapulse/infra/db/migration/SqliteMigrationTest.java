package io.alphapulse.infra.db.migration;

import io.alphapulse.infra.db.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationTest extends MigrationContract {

    @TempDir
    static Path directory;

    @Override
    protected TestDatabase createStore() {
        try {
            return TestDatabase.sqlite(
                    Files.createDirectory(directory.resolve(UUID.randomUUID().toString())));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
