package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.app.server.live.EventHub;
import io.alphapulse.app.server.live.FakeLiveView;
import io.alphapulse.app.server.live.LiveEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint on a real server (Tomcat on a random port) wired with fake live trading and a test signing
 * key, spoken to by the JDK WebSocket client.
 */
@SpringBootTest(
        classes = WebSocketEndpointTest.Server.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alphapulse.ws.queue-capacity=256", "management.endpoints.web.exposure.include=health"})
class WebSocketEndpointTest {

    private static final JsonMapper JSON = WebSocketConfig.webSocketJson();
    private static HttpClient http;

    @LocalServerPort
    int port;

    @Autowired
    EventHub events;

    @Autowired
    TestTokens tokens;

    @Autowired
    MeterRegistry meters;

    /** The endpoint's configuration with fakes of what the lead's runtime and security provide. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(WebSocketConfig.class)
    static class Server {
        @Bean
        EventHub liveEvents() {
            return new EventHub();
        }

        @Bean
        FakeLiveView liveView() {
            return new FakeLiveView();
        }

        @Bean
        TestTokens testTokens() {
            return new TestTokens();
        }

        @Bean
        JwtDecoder jwtDecoder(TestTokens tokens) {
            return tokens.decoder();
        }

        @Bean
        SecurityFilterChain permitWebSocket(HttpSecurity http) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }

    @BeforeAll
    static void client() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeClient() {
        http.shutdownNow();
    }

    private URI uri() {
        return URI.create("ws://localhost:" + port + "/ws");
    }

    private TestClient authenticated(String username, String... topics) throws InterruptedException {
        TestClient client = TestClient.connect(http, uri(), null);
        client.send("{\"op\":\"auth\",\"token\":\"" + tokens.token(UUID.randomUUID(), username) + "\"}");
        assertThat(client.next()).contains("\"type\":\"authenticated\"");
        client.send("{\"op\":\"subscribe\",\"topics\":" + JSON.writeValueAsString(topics) + "}");
        assertThat(client.next()).contains("\"type\":\"subscribed\"");
        return client;
    }

    @Test
    void subscriber_receivesAPriceEnvelope_ofTheContractShape() throws InterruptedException {
        TestClient client = authenticated("alice", "prices");

        BigDecimal last = new BigDecimal("0.00001230");
        events.publish(new LiveEvent(
                LiveEvent.PRICES,
                "price",
                1_763_700_000_123L,
                new io.alphapulse.app.server.live.PriceView(
                        "sim",
                        "PEPE-USDT",
                        last,
                        new BigDecimal("0.00001229"),
                        new BigDecimal("0.00001231"),
                        new BigDecimal("0.00001200"),
                        2.5,
                        new BigDecimal("1000000"),
                        1_763_700_000_100L),
                null));

        assertThat(client.next())
                .isEqualTo("{\"topic\":\"prices\",\"type\":\"price\",\"ts\":1763700000123,\"data\":{"
                        + "\"venue\":\"sim\",\"symbol\":\"PEPE-USDT\",\"last\":0.00001230,\"bid\":0.00001229,"
                        + "\"ask\":0.00001231,\"open\":0.00001200,\"changePct\":2.5,\"volume\":1000000,"
                        + "\"ts\":1763700000100}}");
        client.abort();
    }

    @Test
    void slowClient_doesNotHoldBackAFastOne_andIsDisconnectedWhenItFallsTooFarBehind() throws Exception {
        TestClient slow = authenticated("slow", "orders");
        TestClient fast = authenticated("fast", "orders");
        slow.stopReading();
        double overflowsBefore = overflows();

        // 48 MB of orders: more than the slow client's socket buffers and 256 queued messages can hold.
        // The publisher waits for the fast client only, every 100 orders: if the slow one held it back,
        // this would never finish.
        String padding = "x".repeat(8_000);
        int total = 6_000;
        int received = 0;
        for (int i = 0; i < total; i++) {
            events.publish(new LiveEvent(LiveEvent.ORDERS, "accepted", i, Map.of("seq", i, "note", padding), null));
            if (i % 100 == 99 || i == total - 1) {
                while (received <= i) {
                    assertThat(JSON.readTree(fast.next()).get("data").get("seq").intValue())
                            .as("orders arrive complete and in order")
                            .isEqualTo(received);
                    received++;
                }
            }
        }

        assertThat(received).isEqualTo(total);
        assertThat(overflows() - overflowsBefore).isEqualTo(1.0);
        fast.send("{\"op\":\"ping\"}");
        assertThat(fast.next()).contains("\"type\":\"pong\"");
        fast.abort();
        slow.abort();
    }

    private double overflows() {
        var counter = meters.find("alphapulse.ws.disconnects")
                .tag("reason", "overflow")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void handshake_fromAnotherSite_isRefused() {
        assertThatThrownBy(() -> TestClient.connect(http, uri(), "https://evil.example.net"))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void handshake_fromTheSameSite_isAccepted() throws Exception {
        TestClient client = TestClient.connect(http, uri(), "http://localhost:" + port);
        client.send("{\"op\":\"auth\",\"token\":\"" + tokens.token(UUID.randomUUID(), "carol") + "\"}");
        assertThat(client.next()).contains("\"type\":\"authenticated\"");
        client.abort();
    }

    @Test
    void badToken_isClosedWith1008() throws Exception {
        TestClient client = TestClient.connect(http, uri(), null);
        client.send("{\"op\":\"auth\",\"token\":\"forged\"}");

        assertThat(client.awaitCloseCode()).isEqualTo(1008);
        assertThat(client.closeReason()).isEqualTo("invalid or expired token");
    }

    @Test
    void messageOverTheSizeLimit_isClosed() throws Exception {
        TestClient client = TestClient.connect(http, uri(), null);
        client.send("{\"op\":\"auth\",\"token\":\"" + "a".repeat(9_000) + "\"}");

        assertThat(client.awaitCloseCode()).isEqualTo(1009);
    }
}
