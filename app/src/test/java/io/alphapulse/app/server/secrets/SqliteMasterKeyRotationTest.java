package io.alphapulse.app.server.secrets;

import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;

class SqliteMasterKeyRotationTest extends MasterKeyRotationContract {

    @Override
    protected TestDatabase createStore(Path directory) {
        return TestDatabase.sqlite(directory);
    }
}
