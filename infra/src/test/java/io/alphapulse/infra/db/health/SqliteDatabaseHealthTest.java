package io.alphapulse.infra.db.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseHealthTest {

    @TempDir
    Path directory;

    @Test
    void check_onAnOpenStore_isUpWithItsLatency() {
        try (TestDatabase store = TestDatabase.sqlite(directory)) {
            DatabaseHealth health = DatabaseHealth.check(store.database());

            assertThat(health.status()).isEqualTo(DatabaseHealth.Status.UP);
            assertThat(health.reason()).isEqualTo("ok");
            assertThat(health.latency()).isPositive();
        }
    }

    @Test
    void check_onAClosedStore_isDownWithAReason() {
        TestDatabase store = TestDatabase.sqlite(directory);
        Database database = store.database();
        store.close();

        DatabaseHealth health = DatabaseHealth.check(database);

        assertThat(health.isUp()).isFalse();
        assertThat(health.reason()).isNotBlank().isNotEqualTo("ok");
    }
}
