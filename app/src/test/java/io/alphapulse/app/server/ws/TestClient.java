package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.capture.SecurityCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A JDK WebSocket client for the tests: collects whole text messages; {@link #stopReading()} makes it
 * stop asking for more, so the server's sends back up as with a client on a stalled network.
 */
public final class TestClient implements WebSocket.Listener {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<int[]> closed = new CompletableFuture<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private String closeReason;

    public static TestClient connect(HttpClient http, URI uri, String origin) {
        TestClient client = new TestClient();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next whole message; fails the test when none comes. */
    public String next() throws InterruptedException {
        String message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message from the server");
        }
        return message;
    }

    public void stopReading() {
        reading.set(false);
    }

    /** The close code the server sent; fails the test when it does not close. */
    public int awaitCloseCode() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)[0];
    }

    public String closeReason() {
        return closeReason;
    }

    public void abort() {
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            SecurityCapture.recordWebSocketMessage(partial.toString());
            messages.add(partial.toString());
            partial.setLength(0);
        }
        if (reading.get()) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = reason;
        closed.complete(new int[] {statusCode});
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
