package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.bars.InstrumentRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./alphapulse data import} as a user runs it, into a SQLite store in a temporary directory. */
class DataCommandTest {

    private static final InstrumentId BTC = new InstrumentId("BTC-USDT", "sim");
    private static final String HEADER = "timestamp,open,high,low,close,volume";

    @TempDir
    Path temp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String url;

    @BeforeEach
    void store() {
        url = "jdbc:sqlite:" + temp.resolve("store/alphapulse.db");
    }

    /** The whole command line, with the commands that read the store built on {@code environment}. */
    private static int run(Map<String, String> environment, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == DataCommand.class) {
                    return (K) new DataCommand(environment);
                }
                if (type == BacktestCommand.class) {
                    return (K) new BacktestCommand(environment);
                }
                return defaults.create(type);
            }
        };
        return new CommandLine(new AlphaPulseCommand(), factory)
                .setExecutionExceptionHandler(new CliFailureHandler())
                .execute(args);
    }

    private int data(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "data";
        System.arraycopy(args, 0, full, 1, args.length);
        return run(Map.of("ALPHAPULSE_DB_URL", url), full);
    }

    private Path minutes(String name, int count) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        long start = 1_704_067_200_000L;
        for (int i = 0; i < count; i++) {
            long low = 4_200_000 + i % 500;
            csv.append(start + i * 60_000L)
                    .append(',')
                    .append(price(low + 10))
                    .append(',')
                    .append(price(low + 50))
                    .append(',')
                    .append(price(low))
                    .append(',')
                    .append(price(low + 20))
                    .append(",1.5\n");
        }
        return Files.writeString(temp.resolve(name), csv);
    }

    private static String price(long cents) {
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    private long storedBars() throws SQLException {
        try (Database database = Database.open(new DatabaseSettings(url, null, null))) {
            return BarRepository.on(database).count(BTC, Timeframe.ONE_MINUTE);
        }
    }

    /** One line, naming the problem, and no stack trace. */
    private void assertOneLineError(String expected) {
        assertThat(console.stderr().strip())
                .contains(expected)
                .doesNotContain("\n")
                .doesNotContain("\tat ");
    }

    @Test
    void import_twice_leavesOneCopy_andSaysWhatItImported() throws Exception {
        Path csv = minutes("bars.csv", 1_000);

        assertThat(data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m"))
                .isZero();
        assertThat(data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m"))
                .isZero();

        assertThat(storedBars()).isEqualTo(1_000);
        assertThat(console.stdout())
                .containsPattern("imported 1,000 bars of BTC-USDT 1m into " + url.replace(".", "\\.")
                        + " in [\\d,]+ ms \\([\\d,]+ bars/s\\)");
    }

    @Test
    void import_registersTheInstrument_fromTheSymbolAndTheData() throws Exception {
        Path csv = minutes("bars.csv", 10);

        data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");

        try (Database database = Database.open(new DatabaseSettings(url, null, null))) {
            var instrument = new InstrumentRepository(database).find(BTC).orElseThrow();
            assertThat(instrument.quoteCurrency().code()).isEqualTo("USDT");
            assertThat(instrument.priceScale()).isEqualTo(2);
        }
    }

    @Test
    void import_ofABadRow_exitsWith2_namingFileAndLine_andStoresNothing() throws Exception {
        Path csv = minutes("bars.csv", 5);
        Files.writeString(csv, "1704067500000,1,1,2,1,1\n", java.nio.file.StandardOpenOption.APPEND);

        int exit = data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");

        assertThat(exit).isEqualTo(2);
        assertOneLineError(csv + ":7:");
        assertThat(Files.exists(temp.resolve("store/alphapulse.db")) ? storedBars() : 0)
                .isZero();
    }

    @Test
    void import_ofAMissingFile_exitsWith2_namingIt() {
        Path missing = temp.resolve("nope.csv");

        int exit = data("import", "--file", missing.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");

        assertThat(exit).isEqualTo(2);
        assertOneLineError("no such file: " + missing);
    }

    @Test
    void import_withABadSymbolOrTimeframe_exitsWith2() throws Exception {
        Path csv = minutes("bars.csv", 5);

        assertThat(data("import", "--file", csv.toString(), "--symbol", "btc usdt", "--timeframe", "1m"))
                .isEqualTo(2);
        assertOneLineError("symbol must be upper-case");
        console.resetStderr();
        assertThat(data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "7x"))
                .isEqualTo(2);
        assertOneLineError("timeframe must be a number and a unit");
    }

    @Test
    void import_atAnotherScaleThanTheStoredBars_exitsWith2() throws Exception {
        Path cents = minutes("bars.csv", 5);
        Path tenths = Files.writeString(temp.resolve("tenths.csv"), HEADER + "\n1704067200000,1.0,1.5,0.5,1.2,1\n");
        data("import", "--file", cents.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");

        int exit = data("import", "--file", tenths.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");

        assertThat(exit).isEqualTo(2);
        assertOneLineError("price scale 2");
        assertThat(storedBars()).isEqualTo(5);
    }

    @Test
    void import_intoAnUnreachableStore_exitsWith1_onOneLine() throws Exception {
        Path csv = minutes("bars.csv", 5);

        int exit = run(
                Map.of("ALPHAPULSE_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "ALPHAPULSE_DB_USER", "postgres"),
                "data",
                "import",
                "--file",
                csv.toString(),
                "--symbol",
                "BTC-USDT",
                "--timeframe",
                "1m");

        assertThat(exit).isEqualTo(1);
        assertOneLineError("cannot open the store jdbc:postgresql://127.0.0.1:1/none");
    }

    @Test
    void backtest_onStoredBars_withARange_runsOnTheBarsInIt() throws Exception {
        Path csv = minutes("bars.csv", 2_000);
        data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");
        Path json = temp.resolve("result.json");

        int exit = backtest(
                "--data", "db:BTC-USDT:1m",
                "--from", "2024-01-01T01:00:00Z",
                "--to", "1704074400000",
                "--strategy", "sma-cross",
                "--json", json.toString());

        assertThat(exit).as(console.stderr()).isZero();
        assertThat(Files.readString(json)).contains("\"bars\":60").contains("\"symbol\":\"BTC-USDT\"");
    }

    @Test
    void backtest_onAnEmptyRange_exitsWith2_namingStoreSymbolTimeframeAndRange() throws Exception {
        Path csv = minutes("bars.csv", 10);
        data("import", "--file", csv.toString(), "--symbol", "BTC-USDT", "--timeframe", "1m");

        int exit = backtest(
                "--data", "db:BTC-USDT:1m",
                "--from", "2024-02-01T00:00:00Z",
                "--to", "2024-03-01T00:00:00Z",
                "--strategy", "sma-cross");

        assertThat(exit).isEqualTo(2);
        assertOneLineError(
                "no sim:BTC-USDT 1m bars in the store " + url + " from 2024-02-01T00:00:00Z to 2024-03-01T00:00:00Z");
    }

    @Test
    void backtest_withARangeOnACsvFile_exitsWith2() throws Exception {
        Path csv = minutes("bars.csv", 10);

        int exit = backtest(
                "--data",
                csv.toString(),
                "--symbol",
                "BTC-USDT",
                "--from",
                "2024-01-01T00:00:00Z",
                "--strategy",
                "sma-cross");

        assertThat(exit).isEqualTo(2);
        assertOneLineError("selects stored bars only");
    }

    @Test
    void backtest_withAMalformedFrom_exitsWith2_namingIt() {
        int exit = backtest("--data", "db:BTC-USDT:1m", "--from", "yesterday", "--strategy", "sma-cross");

        assertThat(exit).isEqualTo(2);
        assertOneLineError("--from must be ISO-8601 UTC (2024-01-01T00:00:00Z) or epoch milliseconds, was 'yesterday'");
    }

    private int backtest(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "backtest";
        System.arraycopy(args, 0, full, 1, args.length);
        return run(Map.of("ALPHAPULSE_DB_URL", url), full);
    }
}
