package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AlphaPulseCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void help_listsTheCommands_andExitsZero() {
        int exit = AlphaPulseCommand.execute("--help");

        assertThat(exit).isZero();
        assertThat(console.stdout())
                .contains("Usage: alphapulse")
                .contains("run")
                .contains("test")
                .contains("Exit codes");
    }

    @Test
    void noCommand_printsUsage_andExitsTwo() {
        int exit = AlphaPulseCommand.execute();

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("Usage: alphapulse");
    }

    @Test
    void unknownCommand_isNamed_andExitsTwo() {
        int exit = AlphaPulseCommand.execute("frobnicate");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("frobnicate");
    }

    @Test
    void badOptionValue_isNamed_andExitsTwo() {
        int exit = AlphaPulseCommand.execute("run", "--port", "eighty");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("--port").contains("eighty");
    }

    @Test
    void run_saysItIsNotYetAvailable_andExitsOne() {
        int exit = AlphaPulseCommand.execute("run");

        assertThat(exit).isEqualTo(1);
        assertThat(console.stderr()).contains("not yet available");
    }
}
