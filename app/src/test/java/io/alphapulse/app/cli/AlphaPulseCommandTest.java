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
    void run_withASubsetOfRoles_explainsWhy_andExitsTwo() {
        int exit = AlphaPulseCommand.execute("run", "--roles", "api");

        assertThat(exit).isEqualTo(2);
        assertThat(console.stderr()).contains("--roles api").contains("Redis bus");
    }

    @Test
    void run_withAnUnknownRoleOrPort_namesIt_andExitsTwo() {
        assertThat(AlphaPulseCommand.execute("run", "--roles", "all,cook")).isEqualTo(2);
        assertThat(console.stderr()).contains("unknown role 'cook'");
        assertThat(AlphaPulseCommand.execute("run", "--port", "70000")).isEqualTo(2);
        assertThat(console.stderr()).contains("--port must be between 1 and 65535, was 70000");
    }

    @Test
    void run_withAStrayArgument_namesIt_andExitsTwo() {
        assertThat(AlphaPulseCommand.execute("run", "now")).isEqualTo(2);
        assertThat(console.stderr()).contains("unknown option or argument 'now'");
    }
}
