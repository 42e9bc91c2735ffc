package io.alphapulse.app.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address a request comes from, as login throttling and the audit log see it: the peer address, or,
 * when the peer is a listed trusted proxy, the nearest {@code X-Forwarded-For} entry that is not itself a
 * trusted proxy. With no trusted proxies (the default) the header is ignored, so a client cannot pick its
 * own address.
 *
 * @param trustedProxies peer addresses ({@code alphapulse.security.trusted-proxies}) whose {@code
 *     X-Forwarded-For} is believed; exact addresses as the server sees them, no ranges
 */
@ConfigurationProperties("alphapulse.security")
public record ClientAddresses(@DefaultValue List<String> trustedProxies) {

    private static final int MAX_ADDRESS = 64;

    public ClientAddresses {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /** The client address of {@code request}. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> headers = Collections.list(request.getHeaders("X-Forwarded-For"));
        // Walk from the nearest hop outwards; the first untrusted address is the client.
        for (int h = headers.size() - 1; h >= 0; h--) {
            String[] hops = headers.get(h).split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty() || hop.length() > MAX_ADDRESS || !plausible(hop)) {
                    return peer;
                }
                if (!trustedProxies.contains(hop)) {
                    return hop;
                }
            }
        }
        return peer;
    }

    private static boolean plausible(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '[' || c == ']' || c == '%')) {
                return false;
            }
        }
        return true;
    }
}
