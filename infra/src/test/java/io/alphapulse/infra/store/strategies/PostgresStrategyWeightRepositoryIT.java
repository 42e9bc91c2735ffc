package io.alphapulse.infra.store.strategies;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresStrategyWeightRepositoryIT extends StrategyWeightRepositoryContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
