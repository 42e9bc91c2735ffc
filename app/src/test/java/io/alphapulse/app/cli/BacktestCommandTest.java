package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./alphapulse backtest} as a user runs it: exit codes, messages, files. */
class BacktestCommandTest {

    @TempDir
    Path temp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "backtest";
        System.arraycopy(args, 0, full, 1, args.length);
        return AlphaPulseCommand.execute(full);
    }

    private String stderr() {
        return console.stderr();
    }

    private String stdout() {
        return console.stdout();
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** One line, naming the problem, and no stack trace. */
    private void assertOneLineError(String expected) {
        String message = stderr().strip();
        assertThat(message)
                .contains(expected)
                .doesNotContain("\n")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void sampleData_runs_printsTheSummary_andWritesJsonAndReport() {
        Path json = temp.resolve("result.json");
        Path report = temp.resolve("report.html");

        int exit = run(
                "--data",
                "sample:btc-1m",
                "--strategy",
                "sma-cross",
                "--json",
                json.toString(),
                "--report",
                report.toString());

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).contains("sma-cross on BTC-USD 1m: 9,399 bars").contains("total return");
        assertThat(json).exists();
        assertThat(report).exists();
    }

    @Test
    void sameInput_writesTheSameJson_exceptForTimings() throws IOException {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");

        run("--data", "sample:btc-1m", "--strategy", "ensemble", "--json", first.toString());
        run("--data", "sample:btc-1m", "--strategy", "ensemble", "--json", second.toString());

        assertThat(withoutTimings(Files.readString(second))).isEqualTo(withoutTimings(Files.readString(first)));
    }

    private static String withoutTimings(String json) {
        return json.replaceAll("\"(wallMillis|loadMillis)\":\\d+", "\"$1\":0");
    }

    @Test
    void missingFile_exitsTwo_namingIt() {
        int exit =
                run("--data", temp.resolve("nope.csv").toString(), "--symbol", "BTC-USDT", "--strategy", "sma-cross");

        assertThat(exit).isEqualTo(2);
        assertOneLineError("nope.csv");
    }

    @Test
    void malformedRows_exitTwo_namingFileAndLine() throws IOException {
        Path nonNumeric = csv("a.csv", "timestamp,open,high,low,close,volume", "1000,1,1,1,1,1", "2000,1,abc,1,1,1");
        assertThat(run("--data", nonNumeric.toString(), "--symbol", "BTC-USDT", "--strategy", "sma-cross"))
                .isEqualTo(2);
        assertOneLineError("a.csv:3:");
        console.resetStderr();

        Path columns = csv("b.csv", "timestamp,open,high,low,close,volume", "1000,1,1,1,1");
        assertThat(run("--data", columns.toString(), "--symbol", "BTC-USDT", "--strategy", "sma-cross"))
                .isEqualTo(2);
        assertOneLineError("b.csv:2:");
        console.resetStderr();

        Path backwards = csv("c.csv", "timestamp,open,high,low,close,volume", "2000,1,1,1,1,1", "1000,1,1,1,1,1");
        assertThat(run("--data", backwards.toString(), "--symbol", "BTC-USDT", "--strategy", "sma-cross"))
                .isEqualTo(2);
        assertOneLineError("c.csv:3:");
        console.resetStderr();

        Path inverted = csv("d.csv", "timestamp,open,high,low,close,volume", "1000,5,4,6,5,1");
        assertThat(run("--data", inverted.toString(), "--symbol", "BTC-USDT", "--strategy", "sma-cross"))
                .isEqualTo(2);
        assertOneLineError("d.csv:2: high 4");
    }

    @Test
    void unknownStrategy_exitsTwo_listingTheAvailableOnes() {
        assertThat(run("--data", "sample:btc-1m", "--strategy", "moon")).isEqualTo(2);
        assertOneLineError("unknown strategy 'moon'; available: sma-cross, rsi-reversion, ensemble");
    }

    @Test
    void badParameters_exitTwo_namingThem() {
        assertThat(run("--data", "sample:btc-1m", "--strategy", "sma-cross", "--param", "fast=40"))
                .isEqualTo(2);
        assertOneLineError("fast (40) must be below slow (30)");
        console.resetStderr();

        assertThat(run("--data", "sample:btc-1m", "--strategy", "rsi-reversion", "--param", "period=-3"))
                .isEqualTo(2);
        assertOneLineError("rsi-reversion parameter period=-3: must be at least 1");
    }

    @Test
    void unwritableOutput_exitsTwo_beforeRunning_andLeavesNoFile() {
        Path missingDirectory = temp.resolve("no-such-dir").resolve("out.json");

        int exit = run("--data", "sample:btc-1m", "--strategy", "sma-cross", "--json", missingDirectory.toString());

        assertThat(exit).isEqualTo(2);
        assertOneLineError("does not exist");
        assertThat(stdout()).isEmpty();
        assertThat(missingDirectory.getParent()).doesNotExist();
    }

    @Test
    void fileWithoutSymbol_exitsTwo() throws IOException {
        Path file = csv("e.csv", "timestamp,open,high,low,close,volume", "1000,1,1,1,1,1");

        assertThat(run("--data", file.toString(), "--strategy", "sma-cross")).isEqualTo(2);
        assertOneLineError("--symbol is required");
    }

    @Test
    void sweep_runsEveryValidCombination_andRanksThem() throws IOException {
        Path json = temp.resolve("sweep.json");

        int exit = run(
                "--data",
                "sample:btc-1m",
                "--strategy",
                "sma-cross",
                "--param",
                "fast=5..15:5",
                "--param",
                "slow=10..20:10",
                "--json",
                json.toString());

        assertThat(exit).as(stderr()).isZero();
        // fast=10,15 with slow=10 are invalid (fast must be below slow): 4 runs, 2 skipped.
        assertThat(stdout())
                .contains("4 runs")
                .contains("2 combinations skipped")
                .contains("ranked by sharpe");
        try (Stream<String> lines = Files.lines(json)) {
            assertThat(lines.findFirst())
                    .hasValueSatisfying(text -> assertThat(text).contains("\"runs\":["));
        }
    }
}
