package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvent;
import io.alphapulse.app.server.live.LiveEvents;
import io.alphapulse.app.server.security.CurrentUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket sessions and the fan-out of live events to them. It listens to {@link LiveEvents} once;
 * for each event it queues one shared message on every authenticated session subscribed to the topic and
 * allowed to see it, on the kernel thread, without blocking or doing I/O. Each session's own sender
 * thread serializes and sends, so one slow client delays nobody.
 *
 * <p>Overflow policy (details in {@link OutboundQueue}): prices, bars, portfolio and system events replace
 * the queued event with the same conflation key, so a slow client gets the latest, never a backlog;
 * orders, trades, signals, alerts and news are never dropped: a client with {@code
 * alphapulse.ws.queue-capacity} of them waiting is closed with 1013 and a reason. A send blocked longer
 * than {@code alphapulse.ws.send-timeout} by a client that stopped reading drops that client (1011).
 *
 * <p>Metrics: {@code alphapulse.ws.clients} (authenticated sessions), {@code alphapulse.ws.messages.sent},
 * {@code alphapulse.ws.conflated} (messages replaced by a newer one before a slow client read them) and
 * {@code alphapulse.ws.disconnects} tagged with the {@code reason}.
 */
final class WebSocketHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebSocketHub.class);

    /** Tomcat's session property for the blocking send timeout, in milliseconds (default 20 s). */
    private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    /** The longest close reason the protocol allows, in UTF-8 bytes (RFC 6455 §5.5). */
    private static final int MAX_CLOSE_REASON_BYTES = 123;

    private final LiveEvents events;
    private final WebSocketSettings settings;
    private final JsonMapper mapper;
    private final MeterRegistry meters;
    private final Map<String, ClientConnection> connections = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> perUser = new ConcurrentHashMap<>();
    private final AtomicInteger authenticated = new AtomicInteger();
    private final Counter sent;
    private final Counter conflated;
    private final ScheduledThreadPoolExecutor timers;
    private volatile AutoCloseable subscription;

    WebSocketHub(LiveEvents events, WebSocketSettings settings, JsonMapper mapper, MeterRegistry meters) {
        this.events = events;
        this.settings = settings;
        this.mapper = mapper;
        this.meters = meters;
        this.sent = Counter.builder("alphapulse.ws.messages.sent")
                .description("WebSocket messages sent to clients")
                .register(meters);
        this.conflated = Counter.builder("alphapulse.ws.conflated")
                .description("Conflatable WebSocket messages replaced by a newer one before a slow client read them")
                .register(meters);
        Gauge.builder("alphapulse.ws.clients", authenticated, AtomicInteger::get)
                .description("Authenticated WebSocket sessions")
                .register(meters);
        this.timers = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "alphapulse-ws-timers");
            thread.setDaemon(true);
            return thread;
        });
        timers.setRemoveOnCancelPolicy(true);
    }

    /** Registers a new session, starts its sender and gives it {@code authTimeout} to authenticate. */
    ClientConnection open(WebSocketSession session) {
        limitBlockingSends(session);
        ClientConnection connection = new ClientConnection(session, settings.queueCapacity());
        connections.put(session.getId(), connection);
        connection.deadline(timers.schedule(
                () -> {
                    if (connection.user() == null) {
                        disconnect(
                                connection, CloseStatus.POLICY_VIOLATION, "auth_timeout", "authentication timed out");
                    }
                },
                settings.authTimeout().toMillis(),
                TimeUnit.MILLISECONDS));
        Thread.ofVirtual().name("alphapulse-ws-send-" + session.getId()).start(() -> sendLoop(connection));
        return connection;
    }

    /**
     * Bounds how long a send to a client that stopped reading may block its sender (Tomcat's blocking send
     * timeout); the send then fails and the session is dropped.
     */
    private void limitBlockingSends(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession nativeSession) {
            Session endpoint = nativeSession.getNativeSession(Session.class);
            if (endpoint != null) {
                endpoint.getUserProperties()
                        .put(
                                TOMCAT_BLOCKING_SEND_TIMEOUT,
                                settings.sendTimeout().toMillis());
            }
        }
    }

    ClientConnection connection(WebSocketSession session) {
        return connections.get(session.getId());
    }

    /**
     * Counts {@code user} in and marks the connection authenticated until {@code expiresAt} (epoch
     * milliseconds, or {@code null}), unless the user already has {@code maxConnectionsPerUser} sessions.
     *
     * @return whether the user was admitted
     */
    boolean admit(ClientConnection connection, CurrentUser user, Long expiresAt) {
        boolean[] admitted = {false};
        perUser.compute(user.id(), (id, count) -> {
            AtomicInteger current = count == null ? new AtomicInteger() : count;
            if (current.get() < settings.maxConnectionsPerUser()) {
                current.incrementAndGet();
                admitted[0] = true;
            }
            return current.get() == 0 ? null : current;
        });
        if (!admitted[0]) {
            return false;
        }
        connection.authenticated(user);
        authenticated.incrementAndGet();
        expireAt(connection, expiresAt);
        if (connection.isClosing()) {
            // Closed while we admitted it: the close path may have missed the count.
            release(connection);
        }
        return true;
    }

    /** Re-arms the token expiry of an authenticated connection (a fresh {@code auth} message). */
    void expireAt(ClientConnection connection, Long expiresAt) {
        if (expiresAt == null) {
            connection.cancelDeadline();
            return;
        }
        long delay = Math.max(0, expiresAt - System.currentTimeMillis());
        connection.deadline(timers.schedule(
                () -> disconnect(
                        connection, CloseStatus.POLICY_VIOLATION, "token_expired", "token expired: authenticate again"),
                delay,
                TimeUnit.MILLISECONDS));
    }

    /** Queues a reply or snapshot for one session; a full queue disconnects it like a live event would. */
    void send(ClientConnection connection, OutboundMessage message) {
        offer(connection, message);
    }

    /** Called by {@link LiveEvents} on the kernel thread: queues only, never blocks. */
    void onEvent(LiveEvent event) {
        OutboundMessage message = null;
        for (ClientConnection connection : connections.values()) {
            // Under the connection's lock: a subscription being set up (reply, snapshots, topics) is
            // either wholly before this event or wholly after it.
            synchronized (connection) {
                if (connection.wants(event)) {
                    if (message == null) {
                        message = OutboundMessage.of(event);
                    }
                    offer(connection, message);
                }
            }
        }
    }

    private void offer(ClientConnection connection, OutboundMessage message) {
        switch (connection.offer(message)) {
            case QUEUED, CLOSED -> {}
            case CONFLATED -> conflated.increment();
            case FULL ->
                disconnect(
                        connection,
                        CloseStatus.SERVICE_OVERLOAD,
                        "overflow",
                        "too slow: " + settings.queueCapacity() + " messages waiting; reconnect and reload");
        }
    }

    /**
     * Closes a session with {@code status} and {@code message} as the reason, counting it under {@code
     * reason}. Safe from any thread, the kernel's included: the close frame is written by a virtual thread.
     */
    void disconnect(ClientConnection connection, CloseStatus status, String reason, String message) {
        if (!connection.beginClose()) {
            return;
        }
        countDisconnect(reason);
        log.debug("Closing WebSocket session {}: {}", connection.id(), message);
        Thread.ofVirtual().name("alphapulse-ws-close-" + connection.id()).start(() -> {
            try {
                connection.session().close(status.withReason(closeReason(message)));
            } catch (IOException | RuntimeException e) {
                log.debug("Closing WebSocket session {} failed", connection.id(), e);
            }
        });
    }

    /** {@code message}, cut to fit a close frame: it may echo client text and must not fail the close. */
    static String closeReason(String message) {
        if (message.getBytes(StandardCharsets.UTF_8).length <= MAX_CLOSE_REASON_BYTES) {
            return message;
        }
        int end = message.length();
        String cut;
        do {
            end--;
            if (end > 0 && Character.isHighSurrogate(message.charAt(end - 1))) {
                end--;
            }
            cut = message.substring(0, end) + "...";
        } while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_CLOSE_REASON_BYTES);
        return cut;
    }

    /** The container reports a session closed, by either side. */
    void closed(WebSocketSession session, CloseStatus status) {
        ClientConnection connection = connections.remove(session.getId());
        if (connection == null) {
            return;
        }
        if (connection.beginClose()) {
            countDisconnect(
                    status.getCode() == CloseStatus.NORMAL.getCode()
                                    || status.getCode() == CloseStatus.GOING_AWAY.getCode()
                            ? "client"
                            : "client_" + status.getCode());
        }
        release(connection);
    }

    private void release(ClientConnection connection) {
        CurrentUser user = connection.user();
        if (user != null && connection.releaseOnce()) {
            authenticated.decrementAndGet();
            perUser.computeIfPresent(user.id(), (id, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    private void countDisconnect(String reason) {
        Counter.builder("alphapulse.ws.disconnects")
                .description("WebSocket sessions closed, by reason")
                .tag("reason", reason)
                .register(meters)
                .increment();
    }

    private void sendLoop(ClientConnection connection) {
        WebSocketSession session = connection.session();
        try {
            while (true) {
                List<OutboundMessage> batch = connection.nextBatch();
                if (batch.isEmpty()) {
                    return;
                }
                for (OutboundMessage message : batch) {
                    session.sendMessage(new TextMessage(message.json(mapper)));
                    sent.increment();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (!connection.isClosing()) {
                log.debug("Sending to WebSocket session {} failed", connection.id(), e);
                disconnect(connection, CloseStatus.SERVER_ERROR, "send_failed", "send failed");
            }
        }
    }

    @Override
    public void start() {
        subscription = events.subscribe(this::onEvent);
    }

    @Override
    public void stop() {
        AutoCloseable current = subscription;
        subscription = null;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                log.warn("Unsubscribing the WebSocket hub from live events failed", e);
            }
        }
        for (ClientConnection connection : connections.values()) {
            disconnect(connection, CloseStatus.GOING_AWAY, "shutdown", "server shutting down");
        }
        timers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }
}
