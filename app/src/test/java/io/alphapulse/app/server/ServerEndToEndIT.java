package io.alphapulse.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alphapulse.app.server.ws.TestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What a new user does on a fresh install, over real HTTP and WebSocket against the whole server on an
 * empty SQLite database: log in, read prices and the portfolio, place and cancel orders, get problem
 * bodies for bad ones, and receive live prices on the WebSocket.
 */
class ServerEndToEndIT extends LiveServerTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Path DATA = dataDirectory("alphapulse-e2e");

    private String accessToken;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
        manualTradingOnly(registry);
    }

    @BeforeAll
    void logIn() throws Exception {
        JsonNode tokens = loginTokens("admin", PASSWORD);
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isBetween(800L, 900L);
        accessToken = tokens.get("accessToken").asString();
    }

    @Test
    void health_isPublic_andUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void wrongPassword_andMissingToken_areProblems() throws Exception {
        HttpResponse<String> wrong = post("/api/auth/login", "{\"username\":\"admin\",\"password\":\"nope\"}", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> anonymous = get("/api/market/prices", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(PASSWORD);
    }

    @Test
    void prices_move() throws Exception {
        JsonNode first = pricesOf("BTC-USDT");
        assertThat(first.get("last").isNumber()).isTrue();
        long firstTs = first.get("ts").asLong();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> pricesOf("BTC-USDT").get("ts").asLong() > firstTs);
    }

    @Test
    void portfolioSummary_hasTheDocumentedFields() throws Exception {
        HttpResponse<String> summary = get("/api/portfolio/summary", accessToken);
        assertThat(summary.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(summary.body());
        for (String field : List.of("equity", "cash", "realizedPnl", "unrealizedPnl", "dayPnl", "currency")) {
            assertThat(body.has(field)).as(field).isTrue();
        }
    }

    @Test
    void marketOrder_fills_andARestingLimit_cancels() throws Exception {
        HttpResponse<String> placed = post(
                "/api/exchange/order",
                "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"0.01\"}",
                accessToken);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String id = json.readTree(placed.body()).get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> orderStatus(id).equals("filled"));

        HttpResponse<String> resting = post(
                "/api/exchange/order",
                "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":0.01,\"price\":\"1000\"}",
                accessToken);
        assertThat(resting.statusCode()).as(resting.body()).isEqualTo(201);
        String restingId = json.readTree(resting.body()).get("id").asString();
        HttpResponse<String> canceled = send("DELETE", "/api/exchange/orders/" + restingId, null, bearer(accessToken));
        assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(200);
        assertThat(json.readTree(canceled.body()).get("status").asString()).isEqualTo("canceled");
    }

    @Test
    void badOrders_areProblemsNamingTheField() throws Exception {
        HttpResponse<String> offLot = post(
                "/api/exchange/order",
                "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"0.0000001\"}",
                accessToken);
        assertThat(offLot.statusCode()).isBetween(400, 499);
        assertThat(offLot.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(offLot.body()).contains("quantity");

        HttpResponse<String> unknown = post(
                "/api/exchange/order",
                "{\"venue\":\"sim\",\"symbol\":\"NOPE-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"1\"}",
                accessToken);
        assertThat(unknown.statusCode()).isBetween(400, 499);
        assertThat(unknown.body()).contains("symbol");

        HttpResponse<String> garbage = post("/api/exchange/order", "{not json", accessToken);
        assertThat(garbage.statusCode()).isEqualTo(400);
    }

    @Test
    void refreshToken_rotates_andCannotBeReused() throws Exception {
        String refresh = loginTokens("admin", PASSWORD).get("refreshToken").asString();
        HttpResponse<String> rotated = post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String next = json.readTree(rotated.body()).get("refreshToken").asString();
        assertThat(next).isNotEqualTo(refresh);
        assertThat(post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null)
                        .statusCode())
                .isEqualTo(401);
        // Reuse revoked the whole family: the newer token is dead too.
        assertThat(post("/api/auth/refresh", "{\"refreshToken\":\"" + next + "\"}", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void webSocketClient_authenticates_andReceivesPrices() throws Exception {
        TestClient socket = TestClient.connect(http, URI.create("ws://localhost:" + port + "/ws"), null);
        try {
            socket.send("{\"op\":\"auth\",\"token\":\"" + accessToken + "\"}");
            socket.send("{\"op\":\"subscribe\",\"topics\":[\"prices\"]}");
            String message = socket.next();
            while (!message.contains("\"topic\":\"prices\"")) {
                message = socket.next();
            }
            JsonNode price = json.readTree(message);
            assertThat(price.get("type").asString()).isNotBlank();
            assertThat(price.get("ts").asLong()).isPositive();
            assertThat(price.get("data").has("symbol")).isTrue();
        } finally {
            socket.abort();
        }
    }

    @Test
    void logout_revokesTheRefreshToken() throws Exception {
        JsonNode tokens = loginTokens("admin", PASSWORD);
        String access = tokens.get("accessToken").asString();
        String refresh = tokens.get("refreshToken").asString();
        assertThat(post("/api/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}", access)
                        .statusCode())
                .isEqualTo(204);
        assertThat(post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null)
                        .statusCode())
                .isEqualTo(401);
    }

    private JsonNode pricesOf(String symbol) throws Exception {
        HttpResponse<String> prices = get("/api/market/prices", accessToken);
        assertThat(prices.statusCode()).isEqualTo(200);
        for (JsonNode price : json.readTree(prices.body())) {
            if (price.get("symbol").asString().equals(symbol)) {
                return price;
            }
        }
        throw new AssertionError("no price for " + symbol + " in " + prices.body());
    }

    private String orderStatus(String id) throws Exception {
        HttpResponse<String> orders = get("/api/exchange/orders?status=all", accessToken);
        for (JsonNode order : json.readTree(orders.body())) {
            if (order.get("id").asString().equals(id)) {
                return order.get("status").asString();
            }
        }
        return "missing";
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, null, bearer(token));
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return send("POST", path, body, bearer(token));
    }
}
