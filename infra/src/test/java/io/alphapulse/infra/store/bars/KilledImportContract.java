package io.alphapulse.infra.store.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.db.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 during an import: a child JVM imports a large series in one transaction and is killed
 * forcibly once rows are flowing; the store must then be intact and hold either none or all of it.
 */
abstract class KilledImportContract {

    static final int BARS = 2_000_000;

    protected abstract TestDatabase createStore();

    /** Checks the store's own integrity after the kill (a no-op where the server guarantees it). */
    protected abstract void assertIntact(TestDatabase store) throws SQLException;

    @Test
    void killDuringImport_leavesAnIntactStore_withNoneOrAllOfTheBars() throws Exception {
        try (TestDatabase store = createStore()) {
            store.database().migrate();
            DatabaseSettings settings = store.settings();
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            InterruptedImport.class.getName(),
                            settings.url(),
                            settings.user() == null ? "-" : settings.user(),
                            Integer.toString(BARS))
                    .redirectErrorStream(true)
                    .start();
            List<String> output = new ArrayList<>();
            boolean aliveAtKill;
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null && !line.equals(InterruptedImport.STARTED)) {
                    output.add(line);
                }
                assertThat(line).as("child output %s", output).isEqualTo(InterruptedImport.STARTED);
                aliveAtKill = child.isAlive();
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                drain(lines, output);
            }

            assertThat(aliveAtKill)
                    .as("the child was still importing when killed")
                    .isTrue();
            assertIntact(store);
            long stored = BarRepository.on(store.database()).count(GeneratedBars.BTC, Timeframe.ONE_MINUTE);
            if (output.contains(InterruptedImport.COMMITTED)) {
                assertThat(stored).isEqualTo(BARS);
            } else {
                assertThat(stored).as("bars after a kill before the commit").isZero();
            }
        }
    }

    private static void drain(BufferedReader lines, List<String> output) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException closed) {
            // The pipe of a killed process may end with an error instead of end-of-stream.
        }
    }
}
