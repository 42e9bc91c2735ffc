package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.app.server.capture.SecurityCapture;
import io.alphapulse.app.server.ws.TestClient;
import io.alphapulse.infra.store.users.Role;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Cross-user access (IDOR): two traders, Alice and Bob, and an admin. Whatever Alice owns (manual orders,
 * exchange credentials, API keys, backtests, order and trade events on the WebSocket) Bob cannot list,
 * read, change or delete, and neither can the admin through the user API: another user's resource
 * answers 404, exactly like one that does not exist, so ids cannot be probed. The audit log is the
 * admin's alone (403 for traders).
 */
class CrossUserAccessIT extends LiveServerTest {

    private static final String PASSWORD = "a long enough cross-user password";
    private static final String EXCHANGE_KEY = "alice-exchange-key-0123456789WXYZ";
    private static final String EXCHANGE_SECRET = "alice-exchange-secret-never-shown-77";
    private static final String RESTING_BUY =
            "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":\"0.01\",\"price\":\"1000\"}";
    private static final String MARKET_BUY =
            "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"0.01\"}";
    private static final Path DATA = dataDirectory("alphapulse-cross-user");

    private String alice;
    private String bob;
    private String admin;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
        manualTradingOnly(registry);
    }

    @BeforeAll
    void createUsers() throws Exception {
        SecurityCapture.recordExchangeCredential(EXCHANGE_KEY, EXCHANGE_SECRET);
        createUser("alice", Role.TRADER, PASSWORD);
        createUser("bob", Role.TRADER, PASSWORD);
        alice = login("alice", PASSWORD);
        bob = login("bob", PASSWORD);
        admin = login("admin", PASSWORD);
    }

    @Test
    void anotherUsersOrder_isNotListedReadOrCanceled_andStaysOpen() throws Exception {
        String id = created(send("POST", "/api/exchange/order", RESTING_BUY, bearer(alice)), 201);
        assertThat(orderIds(alice)).contains(id);

        for (String other : List.of(bob, admin)) {
            assertThat(orderIds(other)).doesNotContain(id);
            assertNotFound(send("GET", "/api/exchange/orders/" + id, null, bearer(other)));
            assertNotFound(send("DELETE", "/api/exchange/orders/" + id, null, bearer(other)));
        }

        HttpResponse<String> own = send("GET", "/api/exchange/orders/" + id, null, bearer(alice));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json.readTree(own.body()).get("status").asString())
                .isIn("submitted", "accepted", "partially_filled");
        HttpResponse<String> canceled = send("DELETE", "/api/exchange/orders/" + id, null, bearer(alice));
        assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(200);
    }

    @Test
    void anotherUsersExchangeCredential_isNotListedOrDeleted() throws Exception {
        String id = created(
                send(
                        "POST",
                        "/api/user/credentials",
                        "{\"venue\":\"binance\",\"label\":\"alice\",\"apiKey\":\"" + EXCHANGE_KEY + "\",\"secret\":\""
                                + EXCHANGE_SECRET + "\"}",
                        bearer(alice)),
                201);

        for (String other : List.of(bob, admin)) {
            assertThat(ids(send("GET", "/api/user/credentials", null, bearer(other))))
                    .doesNotContain(id);
            assertNotFound(send("DELETE", "/api/user/credentials/" + id, null, bearer(other)));
        }

        assertThat(ids(send("GET", "/api/user/credentials", null, bearer(alice))))
                .containsExactly(id);
        assertThat(send("DELETE", "/api/user/credentials/" + id, null, bearer(alice))
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void anotherUsersApiKey_isNotListedOrRevoked_andKeepsWorking() throws Exception {
        HttpResponse<String> created = send("POST", "/api/user/api-keys", "{\"name\":\"alice-bot\"}", bearer(alice));
        String id = created(created, 201);
        String key = json.readTree(created.body()).get("key").asString();
        SecurityCapture.recordApiKey(key);

        for (String other : List.of(bob, admin)) {
            assertThat(ids(send("GET", "/api/user/api-keys", null, bearer(other))))
                    .doesNotContain(id);
            assertNotFound(send("DELETE", "/api/user/api-keys/" + id, null, bearer(other)));
        }

        assertThat(send("GET", "/api/market/prices", null, ApiKeyAuthenticationFilter.HEADER, key)
                        .statusCode())
                .isEqualTo(200);
        assertThat(ids(send("GET", "/api/user/api-keys", null, bearer(alice)))).contains(id);
    }

    @Test
    void anotherUsersBacktest_isNotFound() throws Exception {
        String id = created(
                send("POST", "/api/backtest", "{\"strategy\":\"sma-cross\",\"data\":\"sample:btc-1m\"}", bearer(alice)),
                202);

        assertThat(send("GET", "/api/backtest/" + id, null, bearer(alice)).statusCode())
                .isEqualTo(200);
        for (String other : List.of(bob, admin)) {
            assertNotFound(send("GET", "/api/backtest/" + id, null, bearer(other)));
        }
    }

    @Test
    void theAuditLog_isTheAdminsAlone() throws Exception {
        for (String trader : List.of(alice, bob)) {
            HttpResponse<String> refused = send("GET", "/api/system/audit?actor=alice", null, bearer(trader));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(send("GET", "/api/system/audit?actor=alice", null, bearer(admin))
                        .statusCode())
                .isEqualTo(200);
    }

    /**
     * Bob's session subscribes to orders and trades before Alice trades. Once Alice's own session has
     * seen her orders end (and her fill), Bob trades too; his session gets his own order's events, and since
     * a session's messages arrive in publication order, anything of Alice's would have come before them.
     */
    @Test
    void anotherUsersOrderAndTradeEvents_neverReachAWebSocketSession() throws Exception {
        TestClient aliceSocket = connect(alice);
        TestClient bobSocket = connect(bob);
        try {
            String resting = created(send("POST", "/api/exchange/order", RESTING_BUY, bearer(alice)), 201);
            String filled = created(send("POST", "/api/exchange/order", MARKET_BUY, bearer(alice)), 201);
            List<String> aliceSaw = new ArrayList<>();
            awaitMessage(aliceSocket, aliceSaw, text -> isOrder(text) && text.contains(filled) && isFinal(text));
            assertThat(aliceSaw.getLast()).contains("\"type\":\"filled\"");
            awaitMessage(aliceSocket, aliceSaw, text -> isTrade(text) && text.contains(filled));
            // Published before the market order's: the resting order was placed first.
            assertThat(aliceSaw).anyMatch(text -> isOrder(text) && text.contains(resting));
            assertThat(send("DELETE", "/api/exchange/orders/" + resting, null, bearer(alice))
                            .statusCode())
                    .isEqualTo(200);
            awaitMessage(aliceSocket, aliceSaw, text -> isOrder(text) && text.contains(resting) && isFinal(text));

            String bobs = created(send("POST", "/api/exchange/order", MARKET_BUY, bearer(bob)), 201);
            List<String> bobSaw = new ArrayList<>();
            awaitMessage(bobSocket, bobSaw, text -> isOrder(text) && text.contains(bobs) && isFinal(text));

            assertThat(bobSaw).filteredOn(CrossUserAccessIT::isOrder).isNotEmpty();
            assertThat(bobSaw).noneMatch(text -> text.contains(resting) || text.contains(filled));
            assertThat(aliceSaw).noneMatch(text -> text.contains(bobs));
        } finally {
            aliceSocket.abort();
            bobSocket.abort();
        }
    }

    private TestClient connect(String token) throws Exception {
        TestClient client = TestClient.connect(http, URI.create("ws://localhost:" + port + "/ws"), null);
        client.send("{\"op\":\"auth\",\"token\":\"" + token + "\"}");
        client.send("{\"op\":\"subscribe\",\"topics\":[\"orders\",\"trades\"]}");
        List<String> replies = new ArrayList<>();
        awaitMessage(client, replies, text -> text.contains("\"subscribed\""));
        return client;
    }

    /** Reads messages into {@code seen} until one matches; fails when the server goes quiet first. */
    private static void awaitMessage(TestClient client, List<String> seen, Predicate<String> wanted) throws Exception {
        for (int read = 0; read < 10_000; read++) {
            String message = client.next();
            seen.add(message);
            if (wanted.test(message)) {
                return;
            }
        }
        throw new AssertionError("no wanted message among 10000: " + seen.getLast());
    }

    private static boolean isOrder(String text) {
        return text.contains("\"topic\":\"orders\"");
    }

    /** An order event after which the order changes no more. */
    private static boolean isFinal(String text) {
        return text.contains("\"type\":\"filled\"")
                || text.contains("\"type\":\"canceled\"")
                || text.contains("\"type\":\"rejected\"");
    }

    private static boolean isTrade(String text) {
        return text.contains("\"topic\":\"trades\"");
    }

    private String created(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body()).get("id").asString();
    }

    private List<String> orderIds(String token) throws Exception {
        return ids(send("GET", "/api/exchange/orders?status=all", null, bearer(token)));
    }

    private List<String> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : json.readTree(response.body())) {
            ids.add(item.get("id").asString());
        }
        return ids;
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
