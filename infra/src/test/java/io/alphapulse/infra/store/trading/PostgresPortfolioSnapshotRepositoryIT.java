package io.alphapulse.infra.store.trading;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresPortfolioSnapshotRepositoryIT extends PortfolioSnapshotRepositoryContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
