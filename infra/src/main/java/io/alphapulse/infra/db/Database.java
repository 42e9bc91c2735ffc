package io.alphapulse.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The store: a pooled {@link DataSource} on SQLite or PostgreSQL, and its schema migrations.
 *
 * <p>SQLite runs in WAL mode with a 5-second busy timeout and foreign keys on, through a pool of one
 * connection: SQLite allows a single writer, and one connection makes every write wait its turn in
 * the pool instead of failing with "database is locked". PostgreSQL gets a pool of eight connections
 * whose failed connections are replaced as soon as the server answers again, so the application
 * survives a database restart without being restarted itself; while the database is down, every call
 * fails with an exception (writes are never silently dropped).
 */
public final class Database implements AutoCloseable {

    private static final int POSTGRESQL_POOL_SIZE = 8;

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    /**
     * Opens a pool on {@code settings}; for SQLite, first creates the file's directory (mode 700 when
     * new) and the file itself with mode 600 ({@link OwnerOnlyFiles}), narrowing an existing one that
     * others could read: it holds password hashes. Does not migrate: call {@link #migrate()}.
     */
    public static Database open(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setPoolName("alphapulse-db");
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        // Fail fast at start-up when the database is unreachable, instead of hanging.
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(5_000);
        if (settings.vendor() == Vendor.SQLITE) {
            prepareSqliteFile(settings.url());
            config.setMaximumPoolSize(1);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("busy_timeout", "5000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("synchronous", "NORMAL");
        } else {
            config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            // A server that vanishes without closing the socket (a network partition) must not leave a
            // write hanging for the operating system's TCP timeout: probe idle connections, and give
            // up on a read after five minutes (longer than any legitimate query, bulk imports included).
            config.setKeepaliveTime(60_000);
            config.addDataSourceProperty("tcpKeepAlive", "true");
            config.addDataSourceProperty("socketTimeout", "300");
        }
        return new Database(settings, new HikariDataSource(config));
    }

    public Vendor vendor() {
        return settings.vendor();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A connection from the pool; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Brings the schema to the latest version. Idempotent: a second run applies nothing.
     *
     * @return how many migrations were applied
     */
    public int migrate() {
        MigrateResult result = flyway().migrate();
        return result.migrationsExecuted;
    }

    /** The current schema version, or {@code "none"} on an empty database. */
    public String schemaVersion() {
        var current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     *
     * @throws SQLException from the work or the commit
     */
    public <T> T inTransaction(TransactionWork<T> work) throws SQLException {
        try (Connection connection = connection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Flyway on this database, for the vendor's own migrations. */
    Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(vendor().migrationLocation())
                .load();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return "Database[" + settings + "]";
    }

    private static void prepareSqliteFile(String url) {
        String location = url.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isEmpty() || location.startsWith(":memory:")) {
            return;
        }
        Path file = Path.of(location).toAbsolutePath();
        try {
            OwnerOnlyFiles.prepareSqliteFile(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the database file " + file + " or its directory", failure);
        }
    }
}
