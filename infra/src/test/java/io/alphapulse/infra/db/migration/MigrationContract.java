package io.alphapulse.infra.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema version a user may be running upgrades to the latest one. The versions come from the
 * migrations on the classpath, so a new migration is covered the moment it is added.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationContract {

    private List<String> versions;

    protected abstract TestDatabase createStore();

    /** The versions of the vendor's migrations, oldest first, as Flyway sees them on an empty database. */
    protected List<String> versionsOnTheClasspath() {
        if (versions == null) {
            try (TestDatabase store = createStore()) {
                versions = versions(store.database());
            }
        }
        return versions;
    }

    private static List<String> versions(Database database) {
        MigrationInfo[] all = flyway(database, MigrationVersion.LATEST).info().all();
        return Arrays.stream(all)
                .filter(info -> info.getVersion() != null)
                .map(info -> info.getVersion().getVersion())
                .toList();
    }

    Stream<Arguments> everyVersion() {
        List<String> versions = versionsOnTheClasspath();
        assertThat(versions).as("migrations on the classpath").isNotEmpty();
        return versions.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("everyVersion")
    void migrate_fromEveryPreviousVersion_reachesTheLatest(String version) throws SQLException {
        try (TestDatabase store = createStore()) {
            Database database = store.database();
            flyway(database, MigrationVersion.fromVersion(version)).migrate();
            assertThat(database.schemaVersion()).isEqualTo(version);
            boolean seeded = insertAnInstrumentIfTheTableExists(database);

            database.migrate();

            assertThat(database.schemaVersion()).isEqualTo(latest());
            if (seeded) {
                assertThat(countInstruments(database))
                        .as("data survives the upgrade")
                        .isOne();
            }
        }
    }

    @Test
    void migrate_fromEmpty_reachesTheLatest() {
        try (TestDatabase store = createStore()) {
            assertThat(store.database().schemaVersion()).isEqualTo("none");

            int applied = store.database().migrate();

            assertThat(applied).isEqualTo(versionsOnTheClasspath().size());
            assertThat(store.database().schemaVersion()).isEqualTo(latest());
        }
    }

    @Test
    void migrate_atTheLatest_appliesNothing() {
        try (TestDatabase store = createStore()) {
            store.database().migrate();

            assertThat(store.database().migrate()).isZero();
            assertThat(store.database().schemaVersion()).isEqualTo(latest());
        }
    }

    private String latest() {
        return versionsOnTheClasspath().getLast();
    }

    // The same locations as Database.flyway(), with a target so we can stop at an older version.
    private static Flyway flyway(Database database, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(database.dataSource())
                .locations(database.vendor().migrationLocation())
                .target(target)
                .load();
    }

    private static boolean insertAnInstrumentIfTheTableExists(Database database) throws SQLException {
        try (Connection connection = database.connection()) {
            if (!tableExists(connection, "instruments")) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO instruments (id, venue, symbol, base_currency, quote_currency, price_increment,"
                            + " size_increment, min_quantity, min_notional) VALUES ('sim:BTC-USDT', 'sim', 'BTC-USDT',"
                            + " 'BTC', 'USDT', '0.01', '0.00000001', '0.00000001', '0')")) {
                insert.executeUpdate();
            } catch (SQLException newerColumnsRequired) {
                // A later version may need columns this old version lacks; an empty table still
                // exercises the upgrade path.
                return false;
            }
            return true;
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static int countInstruments(Database database) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM instruments");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
