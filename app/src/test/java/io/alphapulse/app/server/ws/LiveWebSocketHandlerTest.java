package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.live.EventHub;
import io.alphapulse.app.server.live.FakeLiveView;
import io.alphapulse.app.server.live.LiveEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LiveWebSocketHandlerTest {

    private static final JsonMapper JSON = WebSocketConfig.webSocketJson();
    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final TestTokens tokens = new TestTokens();
    private final EventHub events = new EventHub();
    private final FakeLiveView view = new FakeLiveView();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private WebSocketHub hub;
    private LiveWebSocketHandler handler;
    private int sessions;

    private void start(WebSocketSettings settings) {
        hub = new WebSocketHub(events, settings, JSON, meters);
        hub.start();
        handler = new LiveWebSocketHandler(hub, view, tokens.decoder(), new ClientCommandParser(JSON), settings);
    }

    private void start() {
        start(WebSocketSettings.defaults());
    }

    private static WebSocketSettings settings(Duration authTimeout, int queueCapacity, int maxPerUser) {
        return new WebSocketSettings(
                List.of(), maxPerUser, authTimeout, DataSize.ofKilobytes(8), queueCapacity, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.stop();
        }
    }

    private FakeSession connect() {
        FakeSession session = new FakeSession("s" + ++sessions);
        handler.afterConnectionEstablished(session);
        return session;
    }

    private void send(FakeSession session, String text) {
        handler.handleTextMessage(session, new TextMessage(text));
    }

    private FakeSession authenticated(UUID user, String username) throws InterruptedException {
        FakeSession session = connect();
        send(session, "{\"op\":\"auth\",\"token\":\"" + tokens.token(user, username) + "\"}");
        session.awaitSent(message -> message.contains("\"authenticated\""));
        return session;
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static boolean is(String message, String topic, String type) {
        JsonNode node = json(message);
        return node.get("topic").stringValue().equals(topic)
                && node.get("type").stringValue().equals(type);
    }

    private double disconnects(String reason) {
        var counter =
                meters.find("alphapulse.ws.disconnects").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void auth_withAValidToken_answersAuthenticated() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");

        JsonNode reply = json(session.sent().getFirst());
        assertThat(reply.get("topic").stringValue()).isEqualTo("system");
        assertThat(reply.get("type").stringValue()).isEqualTo("authenticated");
        assertThat(reply.get("data").get("username").stringValue()).isEqualTo("alice");
        assertThat(reply.get("data").get("role").stringValue()).isEqualTo("viewer");
        assertThat(meters.get("alphapulse.ws.clients").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void auth_withABadToken_closesWith1008() throws InterruptedException {
        start();
        FakeSession session = connect();
        send(session, "{\"op\":\"auth\",\"token\":\"not-a-jwt\"}");

        CloseStatus status = session.awaitClose();
        assertThat(status.getCode()).isEqualTo(1008);
        assertThat(status.getReason()).isEqualTo("invalid or expired token");
        assertThat(disconnects("bad_token")).isEqualTo(1.0);
    }

    @Test
    void auth_withATokenSignedByAnotherKey_closesWith1008() throws InterruptedException {
        start();
        FakeSession session = connect();
        send(session, "{\"op\":\"auth\",\"token\":\"" + new TestTokens().token(ALICE, "alice") + "\"}");

        assertThat(session.awaitClose().getCode()).isEqualTo(1008);
    }

    @Test
    void auth_withAnExpiredToken_closesWith1008() throws InterruptedException {
        start();
        FakeSession session = connect();
        String expired = tokens.token(ALICE, "alice", "viewer", Instant.now().minusSeconds(3600));
        send(session, "{\"op\":\"auth\",\"token\":\"" + expired + "\"}");

        assertThat(session.awaitClose().getCode()).isEqualTo(1008);
    }

    @Test
    void noAuth_withinTheTimeout_closesWith1008() throws InterruptedException {
        start(settings(Duration.ofMillis(50), 16, 20));
        FakeSession session = connect();

        CloseStatus status = session.awaitClose();
        assertThat(status.getCode()).isEqualTo(1008);
        assertThat(status.getReason()).isEqualTo("authentication timed out");
        assertThat(disconnects("auth_timeout")).isEqualTo(1.0);
    }

    @Test
    void anotherMessage_beforeAuth_closesWith1008() throws InterruptedException {
        start();
        FakeSession session = connect();
        send(session, "{\"op\":\"subscribe\",\"topics\":[\"prices\"]}");

        CloseStatus status = session.awaitClose();
        assertThat(status.getCode()).isEqualTo(1008);
        assertThat(status.getReason()).startsWith("authenticate first");
    }

    @Test
    void garbage_beforeAuth_closesWith1008() throws InterruptedException {
        start();
        FakeSession session = connect();
        send(session, "hello");

        assertThat(session.awaitClose().getCode()).isEqualTo(1008);
    }

    @Test
    void subscribe_toAnUnknownTopic_answersAnErrorAndKeepsTheSession() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":\"subscribe\",\"topics\":[\"weather\"]}");

        String error = session.awaitSent(message -> is(message, "system", "error"));
        assertThat(json(error).get("data").get("message").stringValue()).contains("weather");
        assertThat(json(error).get("ts").isNumber()).isTrue();
        assertThat(session.isOpen()).isTrue();

        send(session, "{\"op\":\"ping\"}");
        session.awaitSent(message -> is(message, "system", "pong"));
    }

    @Test
    void malformedMessage_afterAuth_answersAnError() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":");

        String error = session.awaitSent(message -> is(message, "system", "error"));
        assertThat(json(error).get("data").get("message").stringValue()).isEqualTo("message is not valid JSON");
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void subscribe_toPrices_sendsTheSnapshotThenLiveUpdates() throws InterruptedException {
        start();
        view.prices.add(FakeLiveView.price("BTC-USDT", "50000.10", 1_000));
        view.prices.add(FakeLiveView.price("ETH-USDT", "0.00001000", 1_001));
        FakeSession session = authenticated(ALICE, "alice");

        send(session, "{\"op\":\"subscribe\",\"topics\":[\"prices\"]}");
        session.awaitSent(message -> message.contains("ETH-USDT"));
        events.publish(
                new LiveEvent(LiveEvent.PRICES, "price", 2_000, FakeLiveView.price("BTC-USDT", "50001", 2_000), null));
        session.awaitSent(message -> message.contains("50001"));

        List<String> sent = session.sent();
        assertThat(sent).hasSize(5);
        assertThat(json(sent.get(1)).get("data").get("topics").toString()).isEqualTo("[\"prices\"]");
        assertThat(is(sent.get(2), "prices", "snapshot")).isTrue();
        assertThat(sent.get(3)).contains("\"last\":0.00001000").doesNotContain("E-");
        assertThat(is(sent.get(4), "prices", "price")).isTrue();
        assertThat(json(sent.get(4)).get("ts").longValue()).isEqualTo(2_000);
    }

    @Test
    void subscribe_toPortfolio_sendsItsSnapshot() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":\"subscribe\",\"topics\":[\"portfolio\"]}");

        String snapshot = session.awaitSent(message -> is(message, "portfolio", "snapshot"));
        assertThat(json(snapshot).get("data").get("equity").decimalValue()).isEqualByComparingTo("100000");
    }

    @Test
    void events_ofUnsubscribedTopics_andOtherUsersOrders_areNotSent() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":\"subscribe\",\"topics\":[\"orders\"]}");
        session.awaitSent(message -> is(message, "system", "subscribed"));

        events.publish(new LiveEvent(LiveEvent.TRADES, "filled", 1, Map.of("id", "t1"), null));
        events.publish(new LiveEvent(LiveEvent.ORDERS, "accepted", 2, Map.of("id", "bobs"), BOB));
        events.publish(new LiveEvent(LiveEvent.ORDERS, "accepted", 3, Map.of("id", "alices"), ALICE));
        events.publish(new LiveEvent(LiveEvent.ORDERS, "accepted", 4, Map.of("id", "strategy"), null));
        session.awaitSent(message -> message.contains("\"strategy\""));

        List<String> sent = session.sent();
        assertThat(sent).hasSize(4);
        assertThat(sent.get(2)).contains("alices");
        assertThat(sent).noneMatch(message -> message.contains("bobs") || message.contains("t1"));
    }

    @Test
    void unsubscribe_stopsTheTopic() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":\"subscribe\",\"topics\":[\"news\",\"alerts\"]}");
        send(session, "{\"op\":\"unsubscribe\",\"topics\":[\"news\"]}");
        String reply = session.awaitSent(message -> message.contains("\"topics\":[\"alerts\"]"));
        assertThat(is(reply, "system", "subscribed")).isTrue();

        events.publish(new LiveEvent(LiveEvent.NEWS, "headline", 1, Map.of("title", "dropped"), null));
        events.publish(new LiveEvent(LiveEvent.ALERTS, "triggered", 2, Map.of("title", "kept"), null));
        session.awaitSent(message -> message.contains("kept"));
        assertThat(session.sent()).noneMatch(message -> message.contains("dropped"));
    }

    @Test
    void connectionsBeyondThePerUserLimit_areClosedWith1008() throws InterruptedException {
        start(settings(Duration.ofSeconds(10), 16, 2));
        authenticated(ALICE, "alice");
        authenticated(ALICE, "alice");
        FakeSession bob = authenticated(BOB, "bob");

        FakeSession third = connect();
        send(third, "{\"op\":\"auth\",\"token\":\"" + tokens.token(ALICE, "alice") + "\"}");
        CloseStatus status = third.awaitClose();
        assertThat(status.getCode()).isEqualTo(1008);
        assertThat(status.getReason()).contains("too many connections");
        assertThat(bob.isOpen()).isTrue();

        // A closed session gives its place back.
        handler.afterConnectionClosed(third, status);
        FakeSession first = connect();
        handler.afterConnectionClosed(first, CloseStatus.NORMAL);
        assertThat(meters.get("alphapulse.ws.clients").gauge().value()).isEqualTo(3.0);
    }

    @Test
    void closedSession_givesItsPlaceBack() throws InterruptedException {
        start(settings(Duration.ofSeconds(10), 16, 1));
        FakeSession first = authenticated(ALICE, "alice");
        handler.afterConnectionClosed(first, CloseStatus.NORMAL);

        authenticated(ALICE, "alice");
        assertThat(meters.get("alphapulse.ws.clients").gauge().value()).isEqualTo(1.0);
        assertThat(disconnects("client")).isEqualTo(1.0);
    }

    @Test
    void slowClient_behindOnOrders_isClosedWith1013_andOthersKeepReceiving() throws InterruptedException {
        start(settings(Duration.ofSeconds(10), 4, 20));
        FakeSession slow = authenticated(ALICE, "alice");
        FakeSession fast = authenticated(BOB, "bob");
        send(slow, "{\"op\":\"subscribe\",\"topics\":[\"orders\"]}");
        send(fast, "{\"op\":\"subscribe\",\"topics\":[\"orders\"]}");
        slow.awaitSent(message -> is(message, "system", "subscribed"));
        fast.awaitSent(message -> is(message, "system", "subscribed"));
        slow.holdSends();

        // One in the blocked send, four queued: the sixth cannot be queued. Each event is published once the
        // fast client has it, so the fast one never lags, whatever the slow one does.
        for (int i = 0; i < 6; i++) {
            events.publish(new LiveEvent(LiveEvent.ORDERS, "accepted", i, Map.of("seq", i), null));
            String sequence = "\"seq\":" + i + "}";
            fast.awaitSent(message -> message.contains(sequence));
        }

        CloseStatus status = slow.awaitClose();
        assertThat(status.getCode()).isEqualTo(1013);
        assertThat(status.getReason()).startsWith("too slow");
        assertThat(disconnects("overflow")).isEqualTo(1.0);
        assertThat(fast.isOpen()).isTrue();
        slow.releaseSends();
    }

    @Test
    void slowClient_behindOnPrices_getsTheLatestAndStays() throws InterruptedException {
        start(settings(Duration.ofSeconds(10), 4, 20));
        FakeSession slow = authenticated(ALICE, "alice");
        send(slow, "{\"op\":\"subscribe\",\"topics\":[\"prices\"]}");
        slow.awaitSent(message -> is(message, "system", "subscribed"));
        slow.holdSends();

        for (int i = 1; i <= 10_000; i++) {
            for (String symbol : List.of("BTC-USDT", "ETH-USDT", "SOL-USDT")) {
                events.publish(new LiveEvent(
                        LiveEvent.PRICES, "price", i, FakeLiveView.price(symbol, Integer.toString(i), i), null));
            }
        }
        slow.releaseSends();

        for (String symbol : List.of("BTC-USDT", "ETH-USDT", "SOL-USDT")) {
            slow.awaitSent(message -> message.contains(symbol) && message.contains("\"last\":10000,"));
        }
        assertThat(slow.isOpen()).isTrue();
        // Three prices at most could be in the blocked send; everything else was conflated.
        assertThat(slow.sent().size()).isLessThan(10);
        assertThat(meters.get("alphapulse.ws.conflated").counter().count()).isGreaterThan(29_000);
    }

    @Test
    void auth_again_withAFreshTokenOfTheSameUser_keepsTheSession() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":\"auth\",\"token\":\"" + tokens.token(ALICE, "alice") + "\"}");

        session.awaitSent(message -> session.sent().size() == 2 && is(message, "system", "authenticated"));
        assertThat(session.isOpen()).isTrue();
        assertThat(meters.get("alphapulse.ws.clients").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void auth_again_asAnotherUser_closesWith1008() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        send(session, "{\"op\":\"auth\",\"token\":\"" + tokens.token(BOB, "bob") + "\"}");

        CloseStatus status = session.awaitClose();
        assertThat(status.getCode()).isEqualTo(1008);
        assertThat(status.getReason()).isEqualTo("token is for another user");
    }

    @Test
    void session_whoseTokenExpires_isClosedWith1008() throws InterruptedException {
        start();
        FakeSession session = connect();
        send(
                session,
                "{\"op\":\"auth\",\"token\":\""
                        + tokens.token(ALICE, "alice", "trader", Instant.now().plusSeconds(2)) + "\"}");

        CloseStatus status = session.awaitClose();
        assertThat(status.getCode()).isEqualTo(1008);
        assertThat(status.getReason()).startsWith("token expired");
        assertThat(disconnects("token_expired")).isEqualTo(1.0);
    }

    @Test
    void closeReason_isCutToTheProtocolLimit() {
        assertThat(WebSocketHub.closeReason("short")).isEqualTo("short");
        String cut = WebSocketHub.closeReason("authenticate first: " + "\uD83D\uDE00é".repeat(100));
        assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
        assertThat(cut).startsWith("authenticate first: ").endsWith("...");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 4))).isFalse();
    }

    @Test
    void stop_closesSessionsAndLeavesTheLiveEvents() throws InterruptedException {
        start();
        FakeSession session = authenticated(ALICE, "alice");
        assertThat(events.listeners()).isEqualTo(1);

        hub.stop();

        assertThat(session.awaitClose().getCode()).isEqualTo(1001);
        assertThat(events.listeners()).isZero();
        hub = null;
    }
}
