package io.alphapulse.infra.store.audit;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresAuditLogIT extends AuditLogContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
