package io.alphapulse.app.server.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScanTest {

    @TempDir
    Path capture;

    @Test
    void aSecretInAResponseOrLogLine_isReportedWithFileLineAndKind_neverTheValue() throws Exception {
        secret("exchange secret", "exchange-secret-42-abcdef");
        secret("admin password (configured)", "operator password here");
        write("http/1.log", "<<< 200 GET /api/user/credentials\n\n[{\"apiKey\":\"****ABCD\"}]\n");
        write("logs/1.log", "INFO ok\nWARN sealing exchange-secret-42-abcdef failed\n");
        write("ws/1.log", "ws< {\"topic\":\"orders\"}\n");

        SecretScan.Result result = SecretScan.scan(capture);

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.file()).isEqualTo(capture.resolve("logs/1.log"));
            assertThat(hit.line()).isEqualTo(2);
            assertThat(hit.kind()).isEqualTo("exchange secret");
            assertThat(hit.toString()).doesNotContain("exchange-secret-42");
        });
        assertThat(result.secrets()).hasSize(2);
        assertThat(result.linesByArea()).containsKeys("http", "ws", "logs");
    }

    @Test
    void anApiKey_mayBeInTheAnswerThatCreatesIt_only() throws Exception {
        secret(SecurityCapture.API_KEY, "apk_0123456789abcdef");
        write(
                "http/1.log",
                "<<< 201 POST /api/user/api-keys (REQUEST)\nContent-Type: application/json\n\n"
                        + "{\"key\":\"apk_0123456789abcdef\"}\n\n"
                        + "<<< 200 GET /api/user/api-keys (REQUEST)\n\n[{\"key\":\"apk_0123456789abcdef\"}]\n");

        SecretScan.Result result = SecretScan.scan(capture);

        assertThat(result.hits()).singleElement().satisfies(hit -> assertThat(hit.line())
                .isEqualTo(8));
    }

    @Test
    void anEmptyCapture_findsNothing_andSaysItSawNothing() throws Exception {
        SecretScan.Result result = SecretScan.scan(capture);

        assertThat(result.hits()).isEmpty();
        assertThat(result.secrets()).isEmpty();
        assertThat(result.linesByArea())
                .containsOnly(
                        java.util.Map.entry("http", 0), java.util.Map.entry("ws", 0), java.util.Map.entry("logs", 0));
    }

    private void secret(String kind, String value) throws Exception {
        write(
                "secrets/1.log",
                kind + "\t" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "\n");
    }

    private void write(String name, String text) throws Exception {
        Path file = capture.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                text,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
