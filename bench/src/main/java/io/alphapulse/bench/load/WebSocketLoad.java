package io.alphapulse.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A load test of the live WebSocket endpoint (ARCHITECTURE.md §7): opens many sessions, each
 * authenticating and subscribing to {@code prices}, and measures how late live prices arrive (receive
 * time minus the envelope's {@code ts}, both wall-clock milliseconds, so run it on the server's host or
 * one with a synchronized clock) and how evenly they are spread over the sessions.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.alphapulse.bench.load.WebSocketLoad \
 *     ws://localhost:8080/ws ACCESS_TOKEN [CLIENTS (1000)] [SECONDS (30)]
 * </pre>
 *
 * An ACCESS_TOKEN of {@code -} is read from the first line of standard input, which keeps it out of the
 * process list ({@code bench/scripts/ws-load.sh} logs in and passes it that way).
 *
 * The server allows {@code alphapulse.ws.max-connections-per-user} (20) sessions per user: start it with
 * {@code ALPHAPULSE_WS_MAXCONNECTIONSPERUSER} at least CLIENTS, or sessions beyond are closed with 1008
 * (reported under "closed by the server").
 */
public final class WebSocketLoad {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final int CONNECTS_IN_FLIGHT = 64;
    private static final int CLIENTS_PER_HTTP_CLIENT = 100;

    private WebSocketLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 4) {
            System.err.println(
                    "usage: WebSocketLoad WS_URL ACCESS_TOKEN [CLIENTS (default 1000)] [SECONDS (default 30)]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String token = args[1].equals("-")
                ? new java.io.BufferedReader(
                                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                        .readLine()
                        .strip()
                : args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        System.exit(new WebSocketLoad().run(uri, token, clients, seconds) ? 0 : 1);
    }

    /** Latencies of live prices over every session, in milliseconds. */
    private final Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMillis(10), 3);

    private final Map<String, AtomicInteger> closedByServer = new ConcurrentHashMap<>();
    private final AtomicInteger failedToConnect = new AtomicInteger();
    private final AtomicLong negativeLatencies = new AtomicLong();
    private volatile boolean measuring;

    private boolean run(URI uri, String token, int clientCount, int seconds) throws Exception {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        List<HttpClient> httpClients = new ArrayList<>();
        for (int i = 0; i < (clientCount + CLIENTS_PER_HTTP_CLIENT - 1) / CLIENTS_PER_HTTP_CLIENT; i++) {
            httpClients.add(HttpClient.newBuilder()
                    .executor(executor)
                    .connectTimeout(CONNECT_TIMEOUT)
                    .build());
        }

        long connectStart = System.nanoTime();
        List<Client> clients = new ArrayList<>(clientCount);
        List<CompletableFuture<Void>> ready = new ArrayList<>(clientCount);
        Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
        for (int i = 0; i < clientCount; i++) {
            Client client = new Client();
            clients.add(client);
            inFlight.acquire();
            CompletableFuture<Void> connected = httpClients
                    .get(i / CLIENTS_PER_HTTP_CLIENT)
                    .newWebSocketBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .buildAsync(uri, client)
                    .thenCompose(socket -> socket.sendText("{\"op\":\"auth\",\"token\":\"" + token + "\"}", true))
                    .thenCompose(socket -> socket.sendText("{\"op\":\"subscribe\",\"topics\":[\"prices\"]}", true))
                    .thenCompose(socket -> client.subscribed)
                    .whenComplete((ignored, failure) -> {
                        inFlight.release();
                        if (failure != null) {
                            failedToConnect.incrementAndGet();
                        }
                    });
            ready.add(connected.exceptionally(failure -> null));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        long connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connectStart);
        System.out.printf(
                Locale.ROOT,
                "%d sessions subscribed in %d ms (%d failed); measuring for %d s%n",
                clientCount - failedToConnect.get(),
                connectMillis,
                failedToConnect.get(),
                seconds);

        measuring = true;
        long measureStart = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        measuring = false;
        double measuredSeconds = (System.nanoTime() - measureStart) / 1e9;

        for (Client client : clients) {
            client.close();
        }
        report(clients, measuredSeconds);
        httpClients.forEach(HttpClient::shutdownNow);
        executor.shutdownNow();
        return failedToConnect.get() == 0 && closedByServer.isEmpty();
    }

    private void report(List<Client> clients, double seconds) {
        long min = Long.MAX_VALUE;
        long max = 0;
        long total = 0;
        int counted = 0;
        for (Client client : clients) {
            if (client.subscribed.isDone() && !client.subscribed.isCompletedExceptionally()) {
                long received = client.prices.get();
                min = Math.min(min, received);
                max = Math.max(max, received);
                total += received;
                counted++;
            }
        }
        System.out.printf(Locale.ROOT, "sessions measured     %d%n", counted);
        System.out.printf(Locale.ROOT, "prices delivered      %d (%.0f/s over all sessions)%n", total, total / seconds);
        if (counted > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "prices per session    min %d  avg %.1f  max %d%n",
                    min,
                    (double) total / counted,
                    max);
        }
        System.out.printf(
                Locale.ROOT,
                "latency ms            p50 %d  p99 %d  p99.9 %d  max %d  (samples %d, clock skew below zero: %d)%n",
                latency.getValueAtPercentile(50),
                latency.getValueAtPercentile(99),
                latency.getValueAtPercentile(99.9),
                latency.getMaxValue(),
                latency.getTotalCount(),
                negativeLatencies.get());
        if (!closedByServer.isEmpty()) {
            System.out.println("closed by the server  " + new TreeMap<>(closedByServer));
        }
    }

    /** One session: counts live prices and records their latency while the run measures. */
    private final class Client implements WebSocket.Listener {

        final CompletableFuture<Void> subscribed = new CompletableFuture<>();
        final AtomicLong prices = new AtomicLong();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage(message, now);
            }
            webSocket.request(1);
            return null;
        }

        /** Envelopes start {@code {"topic":..,"type":..,"ts":..}}, so a prefix scan finds them. */
        private void onMessage(String message, long now) {
            if (message.startsWith("{\"topic\":\"system\",\"type\":\"subscribed\"")) {
                subscribed.complete(null);
            } else if (message.startsWith("{\"topic\":\"prices\",\"type\":\"price\"") && measuring) {
                prices.incrementAndGet();
                long sent = timestamp(message);
                long delay = now - sent;
                if (delay < 0) {
                    negativeLatencies.incrementAndGet();
                    delay = 0;
                }
                latency.recordValue(Math.min(delay, latency.getHighestTrackableValue()));
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer
                    .computeIfAbsent(statusCode + " " + reason, key -> new AtomicInteger())
                    .incrementAndGet();
            subscribed.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            subscribed.completeExceptionally(error);
        }

        void close() {
            WebSocket current = socket;
            if (current != null) {
                current.abort();
            }
        }
    }

    private static long timestamp(String message) {
        int start = message.indexOf("\"ts\":") + 5;
        long value = 0;
        for (int i = start; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
