package io.alphapulse.app.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.AlphaPulseServer;
import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/** The audit log over the real server: orders, refusals, controls and logins are recorded; admins read them. */
@SpringBootTest(classes = AlphaPulseServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT {

    private static final String PASSWORD = "a long enough test password";
    private static final Path DATA = createDataDirectory();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordHasher hasher;

    private String admin;
    private String trader;

    private static Path createDataDirectory() {
        try {
            return Files.createTempDirectory("alphapulse-audit");
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
    void logIn() throws Exception {
        users.create("tess", Role.TRADER, hasher.hash(PASSWORD), Instant.now());
        admin = login("admin");
        trader = login("tess");
    }

    @Test
    void ordersRefusalsAndControls_areAudited_withTheirCaller() throws Exception {
        String placed = send(
                        "POST",
                        "/api/exchange/order",
                        "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":\"0.01\",\"price\":\"1000\"}",
                        trader)
                .body();
        String id = json.readTree(placed).get("id").asString();
        send("DELETE", "/api/exchange/orders/" + id, null, trader);
        send(
                "POST",
                "/api/exchange/order",
                "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"50\"}",
                trader);
        send("POST", "/api/controls", "{\"action\":\"pause\"}", admin);
        send("POST", "/api/controls", "{\"action\":\"resume\"}", admin);

        JsonNode submits = json.readTree(send("GET", "/api/system/audit?action=order.submit", null, admin)
                .body());
        assertThat(submits).hasSize(2);
        assertThat(submits)
                .allSatisfy(entry -> assertThat(entry.get("actor").asString()).isEqualTo("tess"));
        assertThat(submits.get(0).get("outcome").asString()).isEqualTo("denied");
        assertThat(submits.get(0).get("detail").asString()).contains("buying-power");
        assertThat(submits.get(1).get("target").asString()).isEqualTo(id);
        JsonNode cancel = json.readTree(send("GET", "/api/system/audit?action=order.cancel", null, admin)
                .body());
        assertThat(cancel.get(0).get("target").asString()).isEqualTo(id);
        JsonNode byAdmin = json.readTree(send("GET", "/api/system/audit?actor=admin&limit=50", null, admin)
                .body());
        assertThat(byAdmin)
                .extracting(entry -> entry.get("action").asString())
                .contains("control.pause", "control.resume", "auth.login");

        assertThat(send("GET", "/api/system/audit", null, trader).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/system/audit?limit=0", null, admin).statusCode())
                .isEqualTo(400);
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
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
