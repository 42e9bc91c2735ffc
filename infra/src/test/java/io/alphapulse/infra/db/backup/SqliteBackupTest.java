package io.alphapulse.infra.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBackupTest {

    private static final int ROWS_PER_TRANSACTION = 25;
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T06:05:50.123Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private DatabaseSettings settings;
    private Database database;

    @BeforeEach
    void open() {
        settings = new DatabaseSettings("jdbc:sqlite:" + directory.resolve("data/alphapulse.db"), null, null);
        database = Database.open(settings);
        database.migrate();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void backup_isNamedByUtcTimestamp_andLeavesNoPartialFile() throws Exception {
        Path backup = new DatabaseBackup(settings, FIXED).backup(directory.resolve("backups"));

        assertThat(backup.getFileName()).hasToString("alphapulse-20261121T060550123Z.db");
        try (var files = Files.list(directory.resolve("backups"))) {
            assertThat(files.toList()).containsExactly(backup);
        }
    }

    @Test
    void backup_whileAnotherConnectionWrites_isAConsistentCommittedState() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                for (int batch = 0; writing.get(); batch++) {
                    int number = batch;
                    database.inTransaction(connection -> {
                        Rows.insertInstruments(connection, "B" + number, ROWS_PER_TRANSACTION);
                        return null;
                    });
                    committed.incrementAndGet();
                }
            } catch (Throwable failure) {
                writerFailure.set(failure);
            }
        });
        List<Path> backups = new ArrayList<>();
        List<int[]> committedAround = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Clock clock = Clock.fixed(Instant.parse("2026-11-21T06:00:00Z").plusSeconds(i), ZoneOffset.UTC);
                int before = committed.get();
                backups.add(new DatabaseBackup(settings, clock).backup(directory.resolve("backups")));
                committedAround.add(new int[] {before, committed.get()});
                Thread.sleep(20);
            }
        } finally {
            writing.set(false);
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(writerFailure.get()).as("the writer never failed").isNull();
        for (int i = 0; i < backups.size(); i++) {
            try (Connection snapshot = Rows.openSqliteFile(backups.get(i))) {
                assertThat(Rows.integrityCheck(snapshot)).isEqualTo("ok");
                int rows = Rows.countInstruments(snapshot);
                assertThat(rows % ROWS_PER_TRANSACTION)
                        .as("only whole transactions")
                        .isZero();
                // The writer may commit one more batch between its commit and our counter update.
                assertThat(rows / ROWS_PER_TRANSACTION)
                        .isBetween(committedAround.get(i)[0], committedAround.get(i)[1] + 1);
            }
        }
        assertThat(committed.get())
                .as("the writer kept writing during the backups")
                .isPositive();
    }

    @Test
    void backup_thenModify_thenRestore_bringsBackTheBackedUpRows() throws Exception {
        database.inTransaction(connection -> {
            Rows.insertInstruments(connection, "KEPT", 3);
            return null;
        });
        Path backup = new DatabaseBackup(settings, FIXED).backup(directory.resolve("backups"));
        database.inTransaction(connection -> {
            Rows.insertInstruments(connection, "LATER", 5);
            return null;
        });
        assertThat(Rows.countInstruments(database)).isEqualTo(8);
        database.close();

        new DatabaseBackup(settings, FIXED).restore(backup);

        database = Database.open(settings);
        assertThat(Rows.countInstruments(database)).isEqualTo(3);
        assertThat(database.migrate()).as("the restored schema is current").isZero();
        assertThat(Files.exists(directory.resolve("data/alphapulse.db.restoring")))
                .isFalse();
    }

    @Test
    void restore_ofAFileThatIsNotSqlite_isRefusedNamingIt() throws IOException {
        Path notADatabase = Files.writeString(directory.resolve("notes.txt"), "hello");
        database.close();

        assertThatThrownBy(() -> new DatabaseBackup(settings, FIXED).restore(notADatabase))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void restore_ofAMissingFile_isRefusedNamingIt() {
        Path missing = directory.resolve("missing.db");

        assertThatThrownBy(() -> new DatabaseBackup(settings, FIXED).restore(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.db");
    }

    @Test
    void restore_isRefused_whileAnotherProcessHasTheDatabaseOpen() throws Exception {
        Path backup = new DatabaseBackup(settings, FIXED).backup(directory.resolve("backups"));
        database.close();
        Path sqlite3 = Path.of("/usr/bin/sqlite3");
        assumeTrue(Files.isExecutable(sqlite3), "needs the sqlite3 shell to hold the database open");
        Path databaseFile = directory.resolve("data/alphapulse.db");
        Process shell = new ProcessBuilder(sqlite3.toString(), databaseFile.toString())
                .redirectErrorStream(true)
                .start();
        try {
            OutputStream input = shell.getOutputStream();
            input.write("SELECT count(*) FROM instruments;\n".getBytes(StandardCharsets.UTF_8));
            input.flush();
            // The shell answers once it has opened the database and taken its WAL lock.
            assertThat(shell.getInputStream().read()).isNotNegative();

            assertThatThrownBy(() -> new DatabaseBackup(settings, FIXED).restore(backup))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("open in another process")
                    .hasMessageContaining(databaseFile.getFileName().toString());
        } finally {
            shell.destroy();
            shell.waitFor(10, TimeUnit.SECONDS);
        }

        new DatabaseBackup(settings, FIXED).restore(backup);
    }

    @Test
    void backup_ofAnInMemoryDatabase_isRefusedNamingTheUrl() {
        DatabaseSettings memory = new DatabaseSettings("jdbc:sqlite::memory:", null, null);

        assertThatThrownBy(() -> new DatabaseBackup(memory, FIXED).backup(directory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:sqlite::memory:");
    }
}
