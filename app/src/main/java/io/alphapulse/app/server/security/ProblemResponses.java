package io.alphapulse.app.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 answers of the security filters as {@code application/problem+json} (RFC 9457). The detail
 * names the problem (no token, invalid token, role too low) but never echoes the token.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean presented = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail;
        if (HeaderBearerTokenResolver.inQueryString(request, "api_key")) {
            detail = "API keys are not accepted in URLs; send the X-API-Key header";
        } else if (request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null) {
            detail = "the API key is invalid or revoked";
        } else {
            detail = presented
                    ? "the access token is invalid or expired"
                    : "authentication required: send Authorization: Bearer <access token> or X-API-Key";
        }
        problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "your role does not allow " + request.getMethod() + " " + request.getRequestURI());
    }
}
