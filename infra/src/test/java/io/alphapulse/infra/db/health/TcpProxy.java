package io.alphapulse.infra.db.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through between the store and a real server, which a test can stop and start on the same
 * port: a database outage without touching the shared server. Two copy threads per connection, at most
 * {@link #MAX_CONNECTIONS} connections; {@link #stop()} closes the listener and every piped socket.
 */
final class TcpProxy implements AutoCloseable {

    static final int MAX_CONNECTIONS = 32;

    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;

    TcpProxy(InetSocketAddress target) {
        this.target = target;
    }

    /** Starts listening on a free port the first time, on the same port afterwards. */
    synchronized void start() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = server.getLocalPort();
        listener = server;
        Thread.ofPlatform().daemon().name("tcp-proxy-accept").start(() -> accept(server));
    }

    int port() {
        return port;
    }

    /** Closes the listener and every connection through it, as a server going away would. */
    synchronized void stop() {
        closeQuietly(listener);
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (sockets.size() >= 2 * MAX_CONNECTIONS) {
                closeQuietly(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 2_000);
            } catch (IOException unreachable) {
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            sockets.add(client);
            sockets.add(upstream);
            pipe(client, upstream);
            pipe(upstream, client);
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("tcp-proxy-copy").start(() -> {
            try (InputStream input = from.getInputStream();
                    OutputStream output = to.getOutputStream()) {
                input.transferTo(output);
            } catch (IOException closed) {
                // Either side went away: end the pair below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is best effort: the socket is unusable either way.
        }
    }
}
