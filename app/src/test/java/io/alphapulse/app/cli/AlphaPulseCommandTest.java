package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlphaPulseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void help_listsTheCommands_andExitsZero() {
        int exit = AlphaPulseCommand.execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: alphapulse")
                .contains("run")
                .contains("test")
                .contains("Exit codes");
    }

    @Test
    void noCommand_printsUsage_andExitsTwo() {
        int exit = AlphaPulseCommand.execute();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: alphapulse");
    }

    @Test
    void unknownCommand_isNamed_andExitsTwo() {
        int exit = AlphaPulseCommand.execute("frobnicate");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("frobnicate");
    }

    @Test
    void badOptionValue_isNamed_andExitsTwo() {
        int exit = AlphaPulseCommand.execute("run", "--port", "eighty");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port").contains("eighty");
    }

    @Test
    void run_saysItIsNotYetAvailable_andExitsOne() {
        int exit = AlphaPulseCommand.execute("run");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not yet available");
    }
}
