package io.alphapulse.app.server.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suite-wide secrets check of the security issue: no response, WebSocket message or log line produced
 * by any other test contains an admin password, a master key or an exchange secret the tests used.
 *
 * <p>Runs last: {@code app/pom.xml} gives it its own Failsafe execution in the {@code
 * post-integration-test} phase, after every unit and integration test has written the capture. It fails
 * when the capture is missing or thin, so it cannot pass by having looked at nothing.
 */
class SecretsScanVerification {

    @Test
    void noCapturedResponseWebSocketMessageOrLogLine_containsARecordedSecret() throws Exception {
        Path directory = SecurityCapture.directory()
                .orElseThrow(() -> new AssertionError(
                        "-D" + SecurityCapture.DIRECTORY_PROPERTY + " is not set: run through Maven (app/pom.xml)"));

        SecretScan.Result result = SecretScan.scan(directory);

        assertThat(result.secrets().values())
                .as("secrets recorded by the tests in " + directory)
                .anyMatch(kind -> kind.startsWith("admin password"))
                .anyMatch(kind -> kind.startsWith("master key"))
                .anyMatch(kind -> kind.startsWith("exchange"));
        assertThat(result.linesByArea())
                .as("captured lines per area in " + directory)
                .hasEntrySatisfying("http", lines -> assertThat(lines).isGreaterThan(1000))
                .hasEntrySatisfying("logs", lines -> assertThat(lines).isGreaterThan(100))
                .hasEntrySatisfying("ws", lines -> assertThat(lines).isGreaterThan(10));
        assertThat(result.hits())
                .as("captured lines holding a secret (" + result.secrets().size() + " secrets, " + result.linesByArea()
                        + " lines scanned)")
                .isEmpty();
    }
}
