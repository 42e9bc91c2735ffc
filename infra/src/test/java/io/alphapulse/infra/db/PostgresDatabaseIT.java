package io.alphapulse.infra.db;

import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresDatabaseIT extends DatabaseContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
