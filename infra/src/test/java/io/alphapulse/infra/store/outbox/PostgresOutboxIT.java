package io.alphapulse.infra.store.outbox;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresOutboxIT extends OutboxContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
