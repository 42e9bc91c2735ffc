package io.alphapulse.app.server.ws;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Refuses (403) a WebSocket handshake from a browser page of another site, so a page elsewhere cannot
 * open a session with the user's network position: the {@code Origin} header must name the host the
 * request was sent to ({@code Host}), or one of {@code alphapulse.ws.allowed-origins}. A request without
 * {@code Origin} comes from a non-browser client (the CLI, the load test, a bot) and is let through: it
 * still has to authenticate with a token.
 */
final class OriginPolicy implements HandshakeInterceptor {

    private final boolean anyOrigin;
    private final Set<String> allowed;

    OriginPolicy(List<String> allowedOrigins) {
        this.anyOrigin = allowedOrigins.contains("*");
        this.allowed = allowedOrigins.stream()
                .filter(origin -> !origin.equals("*"))
                .map(OriginPolicy::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a handshake with {@code origin} (the {@code Origin} header, or {@code null}) sent to {@code
     * host} (the {@code Host} header, or {@code null}) may proceed.
     */
    boolean allows(String origin, String host) {
        if (origin == null || anyOrigin) {
            return true;
        }
        String normalized = normalize(origin);
        if (allowed.contains(normalized)) {
            return true;
        }
        return host != null && sameAuthority(normalized, host);
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        HttpHeaders headers = request.getHeaders();
        if (allows(headers.getOrigin(), headers.getFirst(HttpHeaders.HOST))) {
            return true;
        }
        response.setStatusCode(HttpStatus.FORBIDDEN);
        return false;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}

    /**
     * Whether the origin {@code scheme://host[:port]} names {@code host[:port]}. The scheme is not compared
     * (a TLS proxy in front makes the page {@code https} while the server sees plain HTTP); a {@code Host}
     * without a port means the default port of the origin's scheme.
     */
    private static boolean sameAuthority(String origin, String host) {
        URI originUri;
        URI hostUri;
        try {
            originUri = new URI(origin);
            hostUri = new URI("http://" + host.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        if (originUri.getHost() == null || hostUri.getHost() == null) {
            return false;
        }
        int defaultPort = "https".equalsIgnoreCase(originUri.getScheme()) ? 443 : 80;
        int originPort = originUri.getPort() == -1 ? defaultPort : originUri.getPort();
        int hostPort = hostUri.getPort() == -1 ? defaultPort : hostUri.getPort();
        return originUri.getHost().equalsIgnoreCase(hostUri.getHost()) && originPort == hostPort;
    }

    private static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
