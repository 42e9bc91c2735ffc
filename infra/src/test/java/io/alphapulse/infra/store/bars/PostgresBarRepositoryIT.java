package io.alphapulse.infra.store.bars;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

@RequiresServices(Service.POSTGRESQL)
class PostgresBarRepositoryIT extends BarRepositoryContract {

    @Override
    protected TestDatabase createStore() {
        return TestDatabase.postgres();
    }

    @Override
    protected void failInsertAt(Connection connection, long openTimeMillis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // DDL takes no bind parameters; the value is a test constant.
            statement.execute("CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$");
            statement.execute("CREATE TRIGGER fail_insert BEFORE INSERT ON bars FOR EACH ROW"
                    + " WHEN (NEW.open_time = to_timestamp(" + openTimeMillis + " / 1000.0))"
                    + " EXECUTE FUNCTION fail_insert()");
        }
    }
}
