package io.alphapulse.infra.store.bars;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresKilledImportIT extends KilledImportContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }

    /** PostgreSQL rolls back the transaction of a vanished client; its consistency is the server's. */
    @Override
    protected void assertIntact(TestDatabase store) {}
}
