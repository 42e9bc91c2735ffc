package io.alphapulse.app.server.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the test suite keeps what the server said, and which secrets it must never have said: every HTTP
 * response (status, headers, body), every WebSocket text frame a test client received and every log line,
 * under {@code app/target/security-capture/}, plus the secrets the tests used. {@link
 * SecretsScanVerification} reads them after all other tests have run.
 *
 * <p>Active only when the build sets the system property {@value #DIRECTORY_PROPERTY} (Surefire and
 * Failsafe in {@code app/pom.xml} do); a test run from an IDE records nothing. Each test JVM writes its
 * own files (named by its process id), so parallel forks never interleave.
 */
public final class SecurityCapture {

    /** The system property naming the capture directory. */
    public static final String DIRECTORY_PROPERTY = "alphapulse.test.security-capture";

    /** Secrets shorter than this would match by chance; tests must use longer ones. */
    static final int MIN_SECRET_LENGTH = 8;

    static final String SECRETS = "secrets";
    static final String HTTP = "http";
    static final String WEBSOCKET = "ws";
    static final String LOGS = "logs";

    private static final Object LOCK = new Object();

    private SecurityCapture() {}

    /** The capture directory, when the build asked for one. */
    public static Optional<Path> directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
    }

    /**
     * Records a secret the server must never put in a response or a log line.
     *
     * @param kind what it is, e.g. {@code admin password}; shown in the scan's report instead of the value
     * @throws IllegalArgumentException when {@code value} is shorter than {@value #MIN_SECRET_LENGTH}
     *     characters, too short to scan for without false alarms
     */
    public static void recordSecret(String kind, String value) {
        if (value == null || value.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(kind + ": a scanned secret needs at least " + MIN_SECRET_LENGTH
                    + " characters, else it matches by chance");
        }
        String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        append(SECRETS, kind.replaceAll("[\\t\\r\\n]", " ") + "\t" + encoded + "\n");
    }

    /** Records an exchange API key and its secret, as a test sends them to {@code /api/user/credentials}. */
    public static void recordExchangeCredential(String apiKey, String secret) {
        recordSecret("exchange API key", apiKey);
        recordSecret("exchange secret", secret);
    }

    /** The kind of an API key's text: allowed in the answer that creates the key only. */
    static final String API_KEY = "API key text";

    /** Records an API key's text, which the server shows once, when the key is created, and never again. */
    public static void recordApiKey(String key) {
        recordSecret(API_KEY, key);
    }

    /** Records the 32 bytes of a master key in the forms it could leak in: base64 and hex. */
    public static void recordMasterKey(String source, byte[] key) {
        recordSecret("master key (base64, " + source + ")", Base64.getEncoder().encodeToString(key));
        recordSecret(
                "master key (base64url, " + source + ")",
                Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        recordSecret("master key (hex, " + source + ")", HexFormat.of().formatHex(key));
    }

    /** Appends one HTTP exchange's response as the server sent it. */
    static void recordHttp(String text) {
        append(HTTP, text);
    }

    /** Appends one WebSocket text message a test client received. */
    public static void recordWebSocketMessage(String text) {
        append(WEBSOCKET, "ws< " + text + "\n");
    }

    /** The file this JVM's log lines go to. */
    static Optional<Path> logFile() {
        return directory().map(dir -> dir.resolve(LOGS).resolve(fileName()));
    }

    private static String fileName() {
        return ProcessHandle.current().pid() + ".log";
    }

    private static void append(String kind, String text) {
        Optional<Path> directory = directory();
        if (directory.isEmpty()) {
            return;
        }
        Path file = directory.get().resolve(kind).resolve(fileName());
        synchronized (LOCK) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(
                        file,
                        text,
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the security capture " + file, e);
            }
        }
    }
}
