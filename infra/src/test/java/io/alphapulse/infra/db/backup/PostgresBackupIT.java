package io.alphapulse.infra.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import io.alphapulse.infra.testing.RequiresServices;
import io.alphapulse.infra.testing.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresServices(Service.POSTGRESQL)
class PostgresBackupIT {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T06:05:50.123Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private TestDatabase store;

    @BeforeEach
    void open() {
        store = TestDatabase.postgres();
        store.database().migrate();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void backup_thenDropData_thenRestore_bringsBackTheRows() throws Exception {
        store.database().inTransaction(connection -> {
            Rows.insertInstruments(connection, "KEPT", 4);
            return null;
        });
        DatabaseBackup backups = new DatabaseBackup(store.settings(), FIXED);

        Path dump = backups.backup(directory);

        assertThat(dump.getFileName()).hasToString("alphapulse-20261121T060550123Z.dump");
        assertThat(Files.size(dump)).isPositive();
        try (Connection connection = store.database().connection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE bars CASCADE");
            statement.execute("DELETE FROM instruments");
        }

        backups.restore(dump);

        assertThat(Rows.countInstruments(store.database())).isEqualTo(4);
        assertThat(store.database().migrate())
                .as("the restored schema is current")
                .isZero();
    }

    @Test
    void backup_withPgDumpOlderThanTheServer_isRefusedNamingBothVersions() throws Exception {
        Path bin = Files.createDirectory(directory.resolve("bin"));
        Path fakePgDump = bin.resolve("pg_dump");
        Files.writeString(fakePgDump, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
        Files.setPosixFilePermissions(fakePgDump, PosixFilePermissions.fromString("rwxr-xr-x"));
        DatabaseBackup backups = new DatabaseBackup(store.settings(), FIXED, new PostgresTools(List.of(bin)));

        assertThatThrownBy(() -> backups.backup(directory.resolve("out")))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("version 9")
                .hasMessageContaining("PostgreSQL 1");
    }

    @Test
    void backup_withoutPgDumpOnPath_failsNamingPgDump() {
        DatabaseBackup backups = new DatabaseBackup(
                store.settings(), FIXED, PostgresTools.fromPath(Map.of("PATH", directory.toString())));

        assertThatThrownBy(() -> backups.backup(directory.resolve("out")))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("pg_dump was not found on PATH");
    }

    @Test
    void restore_ofAFileThatIsNotADump_isRefusedNamingIt() throws Exception {
        Path notADump = Files.writeString(directory.resolve("bars.csv"), "timestamp,open\n");

        assertThatThrownBy(() -> new DatabaseBackup(store.settings(), FIXED).restore(notADump))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bars.csv");
    }
}
