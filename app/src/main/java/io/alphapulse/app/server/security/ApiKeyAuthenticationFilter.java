package io.alphapulse.app.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests carrying {@code X-API-Key}. A wrong, revoked or malformed key answers 401 at
 * once (it does not fall back to anonymous); a key in the query string is refused like a token there.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final AuthenticationEntryPoint entryPoint;

    ApiKeyAuthenticationFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint) {
        this.keys = keys;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (HeaderBearerTokenResolver.inQueryString(request, "api_key")) {
            entryPoint.commence(request, response, new BadCredentialsException("API keys are not accepted in URLs"));
            return;
        }
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user;
        try {
            user = keys.authenticate(presented.strip());
        } catch (SQLException e) {
            throw new ServletException("cannot check an API key", e);
        }
        if (user.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("invalid API key"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(user.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A request authenticated by an API key: its principal is the {@link CurrentUser}. */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {
        private final CurrentUser user;

        ApiKeyAuthentication(CurrentUser user) {
            super(CurrentUsers.authorities(user.role()));
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public CurrentUser getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
