package io.alphapulse.app.server.ws;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code alphapulse.ws.*} settings of the WebSocket endpoint (ARCHITECTURE.md §7).
 *
 * @param allowedOrigins browser origins allowed besides the server's own (e.g. {@code
 *     https://trade.example.com} when a proxy rewrites the {@code Host} header); {@code *} allows any
 * @param maxConnectionsPerUser open sessions one user may have; one more is closed with 1008
 * @param authTimeout how long a new session may take to send its {@code auth} message
 * @param maxMessageSize the largest message a client may send
 * @param queueCapacity messages that are not conflated (orders, trades, alerts...) a client may have
 *     waiting; a client that falls further behind is closed with 1013
 * @param sendTimeout how long one send to a client that does not read may block before it is dropped
 */
@ConfigurationProperties("alphapulse.ws")
public record WebSocketSettings(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("20") int maxConnectionsPerUser,
        @DefaultValue("10s") Duration authTimeout,
        @DefaultValue("8KB") DataSize maxMessageSize,
        @DefaultValue("1024") int queueCapacity,
        @DefaultValue("10s") Duration sendTimeout) {

    public WebSocketSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        if (maxConnectionsPerUser < 1) {
            throw new IllegalArgumentException("alphapulse.ws.max-connections-per-user must be at least 1");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("alphapulse.ws.queue-capacity must be at least 1");
        }
        if (authTimeout.isNegative() || authTimeout.isZero()) {
            throw new IllegalArgumentException("alphapulse.ws.auth-timeout must be positive");
        }
        if (sendTimeout.isNegative() || sendTimeout.isZero()) {
            throw new IllegalArgumentException("alphapulse.ws.send-timeout must be positive");
        }
        if (maxMessageSize.toBytes() < 256) {
            throw new IllegalArgumentException("alphapulse.ws.max-message-size must be at least 256B to fit a token");
        }
    }

    /** The defaults, as documented above. */
    public static WebSocketSettings defaults() {
        return new WebSocketSettings(
                List.of(), 20, Duration.ofSeconds(10), DataSize.ofKilobytes(8), 1024, Duration.ofSeconds(10));
    }
}
