package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./alphapulse db ...} on SQLite, as a user runs it: exit codes, messages, files. */
class DbCommandTest {

    @TempDir
    Path temp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private DatabaseSettings settings;

    @BeforeEach
    void settings() {
        settings = new DatabaseSettings("jdbc:sqlite:" + temp.resolve("data/alphapulse.db"), null, null);
    }

    private int db(String... args) {
        return db(Map.of("ALPHAPULSE_DB_URL", settings.url()), args);
    }

    private static int db(Map<String, String> environment, String... args) {
        return new CommandLine(new DbCommand(environment))
                .setExecutionExceptionHandler(new CliFailureHandler())
                .execute(args);
    }

    @Test
    void migrate_twice_appliesEverythingThenNothing() {
        assertThat(db("migrate")).isZero();
        assertThat(console.stdout()).contains("schema version none -> ").doesNotContain(" 0 migrations applied");

        assertThat(db("migrate")).isZero();
        assertThat(console.stdout()).containsPattern("schema version (\\S+) -> \\1, 0 migrations applied");
    }

    @Test
    void backup_thenRestore_roundTrips() throws Exception {
        assertThat(db("migrate")).isZero();
        insertInstruments("KEPT", 2);
        Path backups = temp.resolve("backups");

        assertThat(db("backup", "--to", backups.toString())).isZero();

        Path backup;
        try (var files = Files.list(backups)) {
            backup = files.findFirst().orElseThrow();
        }
        assertThat(backup.getFileName().toString()).matches("alphapulse-\\d{8}T\\d{9}Z\\.db");
        assertThat(console.stdout()).contains(backup.toString());
        insertInstruments("LATER", 3);
        assertThat(countInstruments()).isEqualTo(5);

        assertThat(db("restore", "--from", backup.toString())).isZero();

        assertThat(countInstruments()).isEqualTo(2);
        assertThat(console.stdout()).contains("restored " + backup);
    }

    @Test
    void restore_fromAMissingFile_exitsTwoWithOneLineNamingIt() {
        int exit = db("restore", "--from", temp.resolve("nope.db").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("nope.db").hasLineCount(1);
    }

    @Test
    void restore_fromAFileThatIsNotABackup_exitsTwoNamingIt() throws Exception {
        Path text = Files.writeString(temp.resolve("bars.csv"), "timestamp,open\n");

        int exit = db("restore", "--from", text.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("bars.csv").hasLineCount(1);
    }

    @Test
    void backup_toAFile_exitsTwoNamingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("occupied"), "x");

        int exit = db("backup", "--to", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("occupied").hasLineCount(1);
    }

    @Test
    void backup_withoutTo_exitsTwoNamingTheOption() {
        int exit = db("backup");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("--to");
    }

    @Test
    void unsupportedDatabaseUrl_exitsTwoNamingIt() {
        int exit = db(Map.of("ALPHAPULSE_DB_URL", "jdbc:mysql://x/y"), "migrate");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("jdbc:mysql://x/y").hasLineCount(1);
    }

    @Test
    void db_withoutASubcommand_printsUsageAndExitsTwo() {
        int exit = db();

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("migrate").contains("backup").contains("restore");
    }

    @Test
    void help_listsTheDbCommand() {
        assertThat(AlphaPulseCommand.execute("--help")).isZero();

        assertThat(console.stdout()).contains("db");
    }

    private void insertInstruments(String prefix, int count) throws SQLException {
        try (Database database = Database.open(settings);
                Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            for (int i = 0; i < count; i++) {
                statement.executeUpdate("INSERT INTO instruments (id, venue, symbol, base_currency, quote_currency,"
                        + " price_increment, size_increment, min_quantity, min_notional) VALUES ('sim:" + prefix + i
                        + "', 'sim', '" + prefix + i + "', 'BTC', 'USDT', '0.01', '0.00000001', '0.00000001', '0')");
            }
        }
    }

    private int countInstruments() throws SQLException {
        try (Database database = Database.open(settings);
                Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM instruments")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
