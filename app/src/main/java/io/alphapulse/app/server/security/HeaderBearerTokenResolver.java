package io.alphapulse.app.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Takes the access token from the {@code Authorization: Bearer} header only (RFC 6750 §2.1): a token
 * in the query string is refused, so tokens never end up in URLs, logs or browser history; one in a form
 * body is ignored. The query string is read raw rather than through {@code getParameter}, which would
 * parse a form-encoded body before the body size limit (a later filter) has looked at it. Checks the token's characters (RFC 6750's b64token) with a plain loop: Spring's default
 * resolver does it with a regular expression that costs more than the rest of a cached request.
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    private static final String PREFIX = "Bearer ";
    private static final int MAX_TOKEN_LENGTH = 4096;

    @Override
    public String resolve(HttpServletRequest request) {
        if (inQueryString(request, "access_token")) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(
                    "access tokens are not accepted in URLs or bodies; use the Authorization header"));
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String token = header.substring(PREFIX.length());
        if (!isB64Token(token)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return token;
    }

    /**
     * Whether the raw query string of {@code request} holds a parameter called {@code name} (its name
     * percent-decoded, as {@code getParameter} would); never reads the body.
     */
    static boolean inQueryString(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String raw = equals < 0 ? pair : pair.substring(0, equals);
            String decoded;
            try {
                decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = raw;
            }
            if (decoded.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}, at most 4,096 characters. */
    static boolean isB64Token(String token) {
        int length = token.length();
        if (length == 0 || length > MAX_TOKEN_LENGTH) {
            return false;
        }
        int end = length;
        while (end > 0 && token.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '+'
                    || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
