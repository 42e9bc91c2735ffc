package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.AlphaPulseServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint in the whole server: a token from {@code /api/auth/login} opens a session on {@code /ws}
 * through the real security rules, and live paper trading's prices arrive in the §7 envelope.
 */
@SpringBootTest(classes = AlphaPulseServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketServerTest {

    private static final String PASSWORD = "ws-test-Passw0rd-long";
    private static final JsonMapper JSON = WebSocketConfig.webSocketJson();

    @TempDir
    static Path dataDir;

    private static HttpClient http;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("alphapulse.data-dir", () -> dataDir.toString());
        registry.add("alphapulse.db.url", () -> "jdbc:sqlite:" + dataDir.resolve("alphapulse.db"));
        registry.add("alphapulse.admin-password", () -> PASSWORD);
        registry.add("alphapulse.backup.enabled", () -> "false");
    }

    @BeforeAll
    static void client() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeClient() {
        http.shutdownNow();
    }

    private String login() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("accessToken").stringValue();
    }

    @Test
    void loggedInUser_receivesLivePrices() throws Exception {
        TestClient client = TestClient.connect(http, URI.create("ws://localhost:" + port + "/ws"), null);
        client.send("{\"op\":\"auth\",\"token\":\"" + login() + "\"}");
        JsonNode authenticated = JSON.readTree(client.next());
        assertThat(authenticated.get("type").stringValue()).isEqualTo("authenticated");
        assertThat(authenticated.get("data").get("role").stringValue()).isEqualTo("admin");

        client.send("{\"op\":\"subscribe\",\"topics\":[\"prices\"]}");
        assertThat(JSON.readTree(client.next()).get("type").stringValue()).isEqualTo("subscribed");

        // A snapshot when a price is known already, else the next live price from the synthetic feed.
        JsonNode price = JSON.readTree(client.next());
        assertThat(price.propertyNames()).containsExactly("topic", "type", "ts", "data");
        assertThat(price.get("topic").stringValue()).isEqualTo("prices");
        assertThat(price.get("type").stringValue()).isIn("snapshot", "price");
        assertThat(price.get("ts").isIntegralNumber()).isTrue();
        assertThat(price.get("data").get("symbol").stringValue()).isIn(Set.of("BTC-USDT", "ETH-USDT", "SOL-USDT"));
        assertThat(price.get("data").get("last").isNumber()).isTrue();
        client.abort();
    }

    @Test
    void forgedToken_isClosedWith1008() throws Exception {
        TestClient client = TestClient.connect(http, URI.create("ws://localhost:" + port + "/ws"), null);
        client.send(
                "{\"op\":\"auth\",\"token\":\"" + new TestTokens().token(java.util.UUID.randomUUID(), "admin") + "\"}");

        assertThat(client.awaitCloseCode()).isEqualTo(1008);
    }
}
