package io.alphapulse.infra.db.migration;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresMigrationIT extends MigrationContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
