package io.alphapulse.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole server on a random port over a temporary SQLite data directory, with an HTTP client that
 * logs in and sends requests. Subclasses give each class its own data directory with {@link
 * #register} from their {@code @DynamicPropertySource}.
 */
@SpringBootTest(classes = AlphaPulseServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LiveServerTest {

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserRepository users;

    @Autowired
    protected PasswordHasher hasher;

    /** A new temporary directory for one test class's data. */
    protected static Path dataDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the server at {@code data} (SQLite there), with this first-admin password and no backups. */
    protected static void register(DynamicPropertyRegistry registry, Path data, String adminPassword) {
        registry.add("alphapulse.data-dir", data::toString);
        registry.add("alphapulse.db.url", () -> "jdbc:sqlite:" + data.resolve("alphapulse.db"));
        registry.add("alphapulse.admin-password", () -> adminPassword);
        registry.add("alphapulse.backup.enabled", () -> "false");
    }

    /**
     * Runs no strategies, so the paper account's cash is the tests' alone: a strategy's buy spends all
     * available cash, after which a manual market buy is canceled instead of filled.
     */
    protected static void manualTradingOnly(DynamicPropertyRegistry registry) {
        registry.add("alphapulse.trading.symbols", () -> "");
    }

    /** Stores a user straight into the server's database, as the CLI's {@code user add} does. */
    protected User createUser(String username, Role role, String password) throws SQLException {
        return users.create(username, role, hasher.hash(password), Instant.now());
    }

    /** Logs in and returns the access token; fails the test unless the login succeeds. */
    protected String login(String username, String password) throws Exception {
        return loginTokens(username, password).get("accessToken").asString();
    }

    /** Logs in and returns the answer (access and refresh token); fails the test unless the login succeeds. */
    protected JsonNode loginTokens(String username, String password) throws Exception {
        HttpResponse<String> response = send(
                "POST", "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The Authorization header for {@link #send}; none for a {@code null} token (an anonymous request). */
    protected static String[] bearer(String token) {
        return token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token};
    }

    /** The server's address for {@code path}, for requests {@link #send} cannot express. */
    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Sends a JSON request with optional header name/value pairs. */
    protected HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
