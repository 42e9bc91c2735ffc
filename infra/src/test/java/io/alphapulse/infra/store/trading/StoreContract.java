package io.alphapulse.infra.store.trading;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A migrated, throwaway store per test; subclasses choose SQLite or PostgreSQL. */
abstract class StoreContract {

    protected TestDatabase store;
    protected Database database;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void openStore() {
        store = createStore();
        database = store.database();
        database.migrate();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
