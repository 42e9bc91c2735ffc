package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvent;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.PriceView;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /ws} protocol (ARCHITECTURE.md §7). The first message must be {@code {"op":"auth","token":..}}
 * with a valid access token, within {@code alphapulse.ws.auth-timeout}; otherwise the session is closed
 * with 1008. Then {@code subscribe}, {@code unsubscribe} and {@code ping}; a wrong message is answered by
 * a {@code system}/{@code error} message, not a disconnect. Subscribing to {@code prices} or {@code
 * portfolio} first sends a {@code snapshot} of each. The session lives until its token expires (closed with
 * 1008 unless a fresh {@code auth} message came first).
 */
final class LiveWebSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(LiveWebSocketHandler.class);

    private final WebSocketHub hub;
    private final LiveView view;
    private final JwtDecoder tokens;
    private final ClientCommandParser parser;
    private final int maxMessageSize;

    LiveWebSocketHandler(
            WebSocketHub hub,
            LiveView view,
            JwtDecoder tokens,
            ClientCommandParser parser,
            WebSocketSettings settings) {
        this.hub = hub;
        this.view = view;
        this.tokens = tokens;
        this.parser = parser;
        this.maxMessageSize =
                (int) Math.min(Integer.MAX_VALUE, settings.maxMessageSize().toBytes());
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(maxMessageSize);
        hub.open(session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        ClientConnection connection = hub.connection(session);
        if (connection == null || connection.isClosing()) {
            return;
        }
        if (message.getPayloadLength() > maxMessageSize) {
            hub.disconnect(
                    connection,
                    CloseStatus.TOO_BIG_TO_PROCESS,
                    "message_too_big",
                    "message larger than " + maxMessageSize + " bytes");
            return;
        }
        ClientCommand command;
        try {
            command = parser.parse(message.getPayload());
        } catch (InvalidClientMessageException e) {
            if (connection.user() == null) {
                hub.disconnect(
                        connection, CloseStatus.POLICY_VIOLATION, "bad_auth", "authenticate first: " + e.getMessage());
            } else {
                hub.send(connection, error(e.getMessage()));
            }
            return;
        }
        if (connection.user() == null && !(command instanceof ClientCommand.Authenticate)) {
            hub.disconnect(
                    connection,
                    CloseStatus.POLICY_VIOLATION,
                    "bad_auth",
                    "authenticate first: {\"op\":\"auth\",\"token\":..}");
            return;
        }
        switch (command) {
            case ClientCommand.Authenticate auth -> authenticate(connection, auth.token());
            case ClientCommand.Subscribe subscribe -> subscribe(connection, subscribe.topics());
            case ClientCommand.Unsubscribe unsubscribe -> {
                connection.unsubscribe(unsubscribe.topics());
                hub.send(connection, subscriptions(connection));
            }
            case ClientCommand.Ping ping -> hub.send(connection, system("pong", Map.of()));
        }
    }

    private void authenticate(ClientConnection connection, String token) {
        CurrentUser user;
        Long expiresAt;
        try {
            Jwt jwt = tokens.decode(token);
            user = userOf(jwt);
            Instant expiry = jwt.getExpiresAt();
            expiresAt = expiry == null ? null : expiry.toEpochMilli();
        } catch (JwtException | IllegalArgumentException e) {
            // The token itself is never logged.
            log.debug("WebSocket session {} sent an invalid token: {}", connection.id(), e.getMessage());
            hub.disconnect(connection, CloseStatus.POLICY_VIOLATION, "bad_token", "invalid or expired token");
            return;
        }
        CurrentUser current = connection.user();
        if (current != null) {
            if (!current.id().equals(user.id())) {
                hub.disconnect(connection, CloseStatus.POLICY_VIOLATION, "bad_token", "token is for another user");
                return;
            }
            hub.expireAt(connection, expiresAt);
            hub.send(connection, authenticated(current));
            return;
        }
        if (!hub.admit(connection, user, expiresAt)) {
            hub.disconnect(
                    connection,
                    CloseStatus.POLICY_VIOLATION,
                    "too_many_connections",
                    "too many connections for this user");
            return;
        }
        hub.send(connection, authenticated(user));
    }

    /**
     * Snapshots are queued before the topic is added, so a live event that follows replaces its snapshot
     * (same conflation key) instead of being overtaken by it. All of it happens under the connection's
     * lock, which the hub's fan-out takes too: an event published after the client read the {@code
     * subscribed} reply is never missed.
     */
    private void subscribe(ClientConnection connection, Set<String> topics) {
        synchronized (connection) {
            subscribeLocked(connection, topics);
        }
    }

    private void subscribeLocked(ClientConnection connection, Set<String> topics) {
        Set<String> added = new TreeSet<>(topics);
        added.removeAll(connection.topics());
        hub.send(connection, subscriptions(connection, added));
        long now = System.currentTimeMillis();
        if (added.contains(LiveEvent.PRICES)) {
            List<PriceView> prices = view.prices();
            for (PriceView price : prices) {
                hub.send(
                        connection,
                        OutboundMessage.conflatable(
                                new Envelope(LiveEvent.PRICES, "snapshot", price.ts(), price),
                                LiveEvent.PRICES + ':' + price.symbol()));
            }
        }
        if (added.contains(LiveEvent.PORTFOLIO)) {
            PortfolioView portfolio = view.portfolio();
            hub.send(
                    connection,
                    OutboundMessage.conflatable(
                            new Envelope(
                                    LiveEvent.PORTFOLIO,
                                    "snapshot",
                                    portfolio.ts() > 0 ? portfolio.ts() : now,
                                    portfolio),
                            LiveEvent.PORTFOLIO));
        }
        connection.subscribe(added);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        hub.closed(session, status);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("WebSocket session {} transport error: {}", session.getId(), exception.toString());
    }

    /** The caller the token names: {@code sub} (user id), {@code username} and {@code role}. */
    static CurrentUser userOf(Jwt jwt) {
        String subject = jwt.getSubject();
        String username = jwt.getClaimAsString("username");
        String role = jwt.getClaimAsString("role");
        if (subject == null || username == null || role == null) {
            throw new IllegalArgumentException("token lacks sub, username or role");
        }
        return new CurrentUser(UUID.fromString(subject), username, Role.ofExternalName(role));
    }

    private static OutboundMessage authenticated(CurrentUser user) {
        return system(
                "authenticated",
                Map.of("username", user.username(), "role", user.role().externalName()));
    }

    private static OutboundMessage subscriptions(ClientConnection connection) {
        return subscriptions(connection, Set.of());
    }

    private static OutboundMessage subscriptions(ClientConnection connection, Set<String> adding) {
        Set<String> topics = new TreeSet<>(connection.topics());
        topics.addAll(adding);
        return system("subscribed", Map.of("topics", List.copyOf(topics)));
    }

    private static OutboundMessage error(String message) {
        return system("error", Map.of("message", message));
    }

    private static OutboundMessage system(String type, Map<String, ?> data) {
        return OutboundMessage.reliable(Envelope.system(type, System.currentTimeMillis(), data));
    }
}
