package io.alphapulse.bench.store;

import io.alphapulse.bench.GenerateBarsCsv;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.marketdata.BarDataLoader;
import io.alphapulse.infra.store.bars.BarRepository;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Times the bar store end to end, as {@code ./alphapulse data import} uses it: parse a 200,000-row CSV,
 * upsert it and commit, into a fresh store each run; then re-import the same file over itself (the
 * update path); then read 1,000,000 stored bars back as one range. A store benchmark is a sequence of
 * stateful runs on a real database, so it is a timing main rather than a JMH benchmark:
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar io.alphapulse.bench.store.StoreBenchmark sqlite
 * java -cp bench/target/benchmarks.jar io.alphapulse.bench.store.StoreBenchmark postgresql 127.0.0.1:5432 postgres
 * }</pre>
 */
public final class StoreBenchmark {

    private static final InstrumentId BTC = new InstrumentId("BTC-USDT", "sim");
    private static final int IMPORT_ROWS = 200_000;
    private static final int READ_ROWS = 1_000_000;
    private static final int RUNS = 5;

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !(args[0].equals("sqlite") || args[0].equals("postgresql"))) {
            System.err.println(
                    "usage: StoreBenchmark sqlite | postgresql [HOST:PORT (127.0.0.1:5432)] [USER (postgres)]");
            System.exit(2);
        }
        PrintStream out = System.out;
        Path directory = Files.createTempDirectory("alphapulse-store-bench");
        Path importCsv = directory.resolve("bars200k.csv");
        Path readCsv = directory.resolve("bars1m.csv");
        GenerateBarsCsv.main(new String[] {importCsv.toString(), Integer.toString(IMPORT_ROWS)});
        GenerateBarsCsv.main(new String[] {readCsv.toString(), Integer.toString(READ_ROWS)});
        Stores stores = args[0].equals("sqlite")
                ? new SqliteStores(directory)
                : new PostgresStores(
                        args.length > 1 ? args[1] : "127.0.0.1:5432", args.length > 2 ? args[2] : "postgres");

        double[] imports = new double[RUNS];
        double[] reimports = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            DatabaseSettings settings = stores.create(run);
            try (Database database = Database.open(settings)) {
                database.migrate();
                imports[run] = importFile(database, importCsv);
                reimports[run] = importFile(database, importCsv);
                long stored = BarRepository.on(database).count(BTC, Timeframe.ONE_MINUTE);
                if (stored != IMPORT_ROWS) {
                    throw new IllegalStateException(
                            "expected " + IMPORT_ROWS + " bars after two imports, found " + stored);
                }
            } finally {
                stores.drop(settings);
            }
        }
        report(out, stores.name() + " import of a 200,000-row CSV into an empty store", imports);
        report(out, stores.name() + " re-import of the same CSV (every row an update)", reimports);

        double[] reads = new double[RUNS];
        DatabaseSettings settings = stores.create(RUNS);
        try (Database database = Database.open(settings)) {
            database.migrate();
            BarRepository bars = BarRepository.on(database);
            BarSeries series = BarDataLoader.withoutCache()
                    .load("file:" + readCsv, BTC, Timeframe.ONE_MINUTE)
                    .series();
            bars.upsert(series);
            Instant from = Instant.ofEpochMilli(series.openTimeNanos(0) / 1_000_000);
            Instant to = Instant.ofEpochMilli(series.openTimeNanos(series.size() - 1) / 1_000_000 + 1);
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                BarSeries read = bars.read(BTC, Timeframe.ONE_MINUTE, from, to);
                reads[run] = READ_ROWS / ((System.nanoTime() - started) / 1e9);
                if (read.size() != READ_ROWS) {
                    throw new IllegalStateException("read " + read.size() + " bars, expected " + READ_ROWS);
                }
            }
        } finally {
            stores.drop(settings);
        }
        report(out, stores.name() + " range read of 1,000,000 bars", reads);
    }

    /** Parse, upsert and commit, as the import command does; rows per second. */
    private static double importFile(Database database, Path csv) throws SQLException {
        long started = System.nanoTime();
        BarSeries series = BarDataLoader.withoutCache()
                .load("file:" + csv, BTC, Timeframe.ONE_MINUTE)
                .series();
        BarRepository.on(database).upsert(series);
        return series.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static void report(PrintStream out, String what, double[] rowsPerSecond) {
        double[] sorted = rowsPerSecond.clone();
        Arrays.sort(sorted);
        out.printf(
                Locale.ROOT,
                "%-70s median %,10.0f rows/s  best %,10.0f  worst %,10.0f  (%d runs)%n",
                what,
                sorted[sorted.length / 2],
                sorted[sorted.length - 1],
                sorted[0],
                sorted.length);
    }

    /** Fresh stores for the runs. */
    private interface Stores {
        String name();

        DatabaseSettings create(int run) throws IOException, SQLException;

        void drop(DatabaseSettings settings) throws IOException, SQLException;
    }

    private record SqliteStores(Path directory) implements Stores {
        @Override
        public String name() {
            return "SQLite";
        }

        @Override
        public DatabaseSettings create(int run) {
            return new DatabaseSettings("jdbc:sqlite:" + directory.resolve("store-" + run + ".db"), null, null);
        }

        @Override
        public void drop(DatabaseSettings settings) throws IOException {
            Path file = Path.of(settings.url().substring("jdbc:sqlite:".length()));
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
    }

    private record PostgresStores(String host, String user) implements Stores {
        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public DatabaseSettings create(int run) throws SQLException {
            String name =
                    "ap_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            admin("CREATE DATABASE " + name);
            return new DatabaseSettings("jdbc:postgresql://" + host + "/" + name, user, null);
        }

        @Override
        public void drop(DatabaseSettings settings) throws SQLException {
            String name = settings.url().substring(settings.url().lastIndexOf('/') + 1);
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        /** Database names cannot be bind parameters; these are generated above, never input. */
        private void admin(String sql) throws SQLException {
            try (Connection connection =
                            DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", user, "");
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
