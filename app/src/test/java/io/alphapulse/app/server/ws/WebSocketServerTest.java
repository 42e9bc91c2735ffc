package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint in the whole server: a token from {@code /api/auth/login} opens a session on {@code /ws}
 * through the real security rules, and live paper trading's prices arrive in the §7 envelope.
 */
class WebSocketServerTest extends LiveServerTest {

    private static final String PASSWORD = "ws-test-Passw0rd-long";
    private static final Path DATA = dataDirectory("alphapulse-ws");
    private static final JsonMapper JSON = WebSocketConfig.webSocketJson();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @Test
    void loggedInUser_receivesLivePrices() throws Exception {
        TestClient client = TestClient.connect(http, URI.create("ws://localhost:" + port + "/ws"), null);
        client.send("{\"op\":\"auth\",\"token\":\"" + login("admin", PASSWORD) + "\"}");
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
