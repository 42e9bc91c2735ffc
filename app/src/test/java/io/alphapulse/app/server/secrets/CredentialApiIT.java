package io.alphapulse.app.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.AlphaPulseServer;
import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exchange credentials over the real server: stored sealed, shown masked, never returned or stored in
 * the clear, visible and deletable by their owner only, refused to viewers.
 */
@SpringBootTest(classes = AlphaPulseServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialApiIT {

    private static final String PASSWORD = "a long enough test password";
    private static final String API_KEY = "BNC-live-key-0123456789ABCD";
    private static final String SECRET = "exchange-secret-that-must-never-leak-42";
    private static final Path DATA = createDataDirectory();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> responses = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    Database database;

    private String alice;
    private String bob;
    private String viewer;

    private static Path createDataDirectory() {
        try {
            return Files.createTempDirectory("alphapulse-credentials");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("alphapulse.data-dir", DATA::toString);
        registry.add("alphapulse.db.url", () -> "jdbc:sqlite:" + DATA.resolve("alphapulse.db"));
        registry.add("alphapulse.admin-password", () -> PASSWORD);
        registry.add("alphapulse.backup.enabled", () -> "false");
    }

    @BeforeAll
    void createUsersAndLogIn() throws Exception {
        users.create("alice", Role.TRADER, hasher.hash(PASSWORD), Instant.now());
        users.create("bob", Role.TRADER, hasher.hash(PASSWORD), Instant.now());
        users.create("vera", Role.VIEWER, hasher.hash(PASSWORD), Instant.now());
        alice = login("alice");
        bob = login("bob");
        viewer = login("vera");
    }

    @Test
    void credentials_areMasked_ownerOnly_andNeverInTheClear() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "/api/user/credentials",
                "{\"venue\":\"binance\",\"label\":\"main\",\"apiKey\":\"" + API_KEY + "\",\"secret\":\"" + SECRET
                        + "\"}",
                alice);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("apiKey").asString()).isEqualTo("****ABCD");
        assertThat(body.has("secret")).isFalse();
        String id = body.get("id").asString();

        HttpResponse<String> listed = send("GET", "/api/user/credentials", null, alice);
        assertThat(json.readTree(listed.body()).get(0).get("apiKey").asString()).isEqualTo("****ABCD");
        assertThat(json.readTree(send("GET", "/api/user/credentials", null, bob).body()))
                .isEmpty();
        assertThat(send("DELETE", "/api/user/credentials/" + id, null, bob).statusCode())
                .isEqualTo(404);
        assertThat(send(
                                "POST",
                                "/api/user/credentials",
                                "{\"venue\":\"binance\",\"label\":\"v\",\"apiKey\":\"k\",\"secret\":\"s\"}",
                                viewer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/api/user/credentials",
                                "{\"venue\":\"binance\",\"label\":\"main\",\"apiKey\":\"" + API_KEY
                                        + "\",\"secret\":\"x\"}",
                                alice)
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> badSecret = send(
                "POST",
                "/api/user/credentials",
                "{\"venue\":\"binance\",\"label\":\"other\",\"apiKey\":\"k\",\"secret\":\"has spaces in it\"}",
                alice);
        assertThat(badSecret.statusCode()).isEqualTo(422);
        assertThat(json.readTree(badSecret.body()).get("field").asString()).isEqualTo("secret");

        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM exchange_credentials")) {
            assertThat(rows.next()).isTrue();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                byte[] value = rows.getBytes(column);
                String text = value == null ? "" : new String(value, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain(SECRET).doesNotContain(API_KEY);
            }
        }
        assertThat(send("DELETE", "/api/user/credentials/" + id, null, alice).statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(
                        send("GET", "/api/user/credentials", null, alice).body()))
                .isEmpty();

        assertThat(responses)
                .noneMatch(response ->
                        response.contains(SECRET) || response.contains(API_KEY) || response.contains(PASSWORD));
    }

    private String login(String username) throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}",
                null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).get("accessToken").asString();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        responses.add(response.body());
        return response;
    }
}
