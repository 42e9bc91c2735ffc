package io.alphapulse.app.server.secrets;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.nio.file.Path;

@RequiresServices(Service.POSTGRESQL)
class PostgresMasterKeyRotationIT extends MasterKeyRotationContract {

    @Override
    protected TestDatabase createStore(Path directory) {
        return TestDatabase.postgres();
    }
}
