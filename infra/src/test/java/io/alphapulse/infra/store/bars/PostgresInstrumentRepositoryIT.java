package io.alphapulse.infra.store.bars;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;

@RequiresServices(Service.POSTGRESQL)
class PostgresInstrumentRepositoryIT extends InstrumentRepositoryContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }
}
