package io.alphapulse.app.server.ws;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** A WebSocket session in memory: records what is sent and how it was closed; sends can be held back. */
final class FakeSession implements WebSocketSession {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String id;
    private final List<String> sent = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile CountDownLatch sendGate = new CountDownLatch(0);
    private volatile CloseStatus closeStatus;
    private int textLimit;

    FakeSession(String id) {
        this.id = id;
    }

    /** Makes every send wait until {@link #releaseSends()}, like a client that does not read. */
    void holdSends() {
        sendGate = new CountDownLatch(1);
    }

    void releaseSends() {
        sendGate.countDown();
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) {
        try {
            sendGate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            sent.add(((TextMessage) message).getPayload());
            notifyAll();
        }
    }

    synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    /** Waits for a sent message matching {@code test} and returns it; fails the test if none comes. */
    synchronized String awaitSent(Predicate<String> test) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (String message : sent) {
                if (test.test(message)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching message; sent " + sent);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits for the session to be closed and returns how. */
    CloseStatus awaitClose() throws InterruptedException {
        if (!closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("session " + id + " was not closed");
        }
        return closeStatus;
    }

    CloseStatus closeStatus() {
        return closeStatus;
    }

    @Override
    public void close(CloseStatus status) {
        if (closeStatus == null) {
            closeStatus = status;
        }
        closed.countDown();
    }

    @Override
    public void close() {
        close(CloseStatus.NORMAL);
    }

    @Override
    public boolean isOpen() {
        return closeStatus == null;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public URI getUri() {
        return URI.create("ws://localhost/ws");
    }

    @Override
    public HttpHeaders getHandshakeHeaders() {
        return new HttpHeaders();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public Principal getPrincipal() {
        return null;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return null;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return null;
    }

    @Override
    public String getAcceptedProtocol() {
        return null;
    }

    @Override
    public void setTextMessageSizeLimit(int limit) {
        textLimit = limit;
    }

    @Override
    public int getTextMessageSizeLimit() {
        return textLimit;
    }

    @Override
    public void setBinaryMessageSizeLimit(int limit) {}

    @Override
    public int getBinaryMessageSizeLimit() {
        return 0;
    }

    @Override
    public List<WebSocketExtension> getExtensions() {
        return List.of();
    }
}
