package io.alphapulse.infra.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway store for one test class: a temporary SQLite file, or a freshly created PostgreSQL
 * database on 127.0.0.1:5432 that is dropped again on close. Repository contract tests run the same
 * assertions on both.
 */
public final class TestDatabase implements AutoCloseable {

    /** The local PostgreSQL the integration tests use (trust auth, ARCHITECTURE.md §9). */
    public static final String POSTGRES_HOST = "127.0.0.1:5432";

    public static final String POSTGRES_USER = "postgres";

    private final Database database;
    private final String droppedOnClose;

    private TestDatabase(Database database, String droppedOnClose) {
        this.database = database;
        this.droppedOnClose = droppedOnClose;
    }

    /** A new SQLite database in {@code directory}. */
    public static TestDatabase sqlite(Path directory) {
        String url = "jdbc:sqlite:" + directory.resolve("alphapulse-test.db");
        return new TestDatabase(Database.open(new DatabaseSettings(url, null, null)), null);
    }

    /** A new, empty PostgreSQL database, dropped on close. */
    public static TestDatabase postgres() {
        String name = "ap_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        DatabaseSettings settings =
                new DatabaseSettings("jdbc:postgresql://" + POSTGRES_HOST + "/" + name, POSTGRES_USER, null);
        return new TestDatabase(Database.open(settings), name);
    }

    public Database database() {
        return database;
    }

    /** Settings that reach the same database, for code that opens its own pool (the CLI). */
    public DatabaseSettings settings() {
        return database.settings();
    }

    @Override
    public void close() {
        database.close();
        if (droppedOnClose != null) {
            admin("DROP DATABASE IF EXISTS " + droppedOnClose + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + POSTGRES_HOST + "/postgres", POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL admin statement failed: " + sql, failure);
        }
    }
}
