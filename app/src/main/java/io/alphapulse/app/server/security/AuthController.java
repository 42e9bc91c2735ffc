package io.alphapulse.app.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/auth/*} (ARCHITECTURE.md §6) and the public key set. */
@RestController
@Tag(name = "auth", description = "Login, token refresh and logout")
public class AuthController {

    private final AuthService auth;
    private final AccessTokens accessTokens;
    private final ClientAddresses clientAddresses;

    AuthController(AuthService auth, AccessTokens accessTokens, ClientAddresses clientAddresses) {
        this.auth = auth;
        this.accessTokens = accessTokens;
        this.clientAddresses = clientAddresses;
    }

    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    @PostMapping("/api/auth/login")
    @Operation(
            summary = "Log in with username and password; returns an access and a refresh token",
            description = "Answers 429 with Retry-After after repeated failures of the account or the address")
    ResponseEntity<?> login(@RequestBody LoginRequest body, HttpServletRequest request) throws SQLException {
        if (body.username() == null || body.username().isBlank()) {
            return badRequest("username", "username is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            return badRequest("password", "password is required");
        }
        try {
            return auth.login(body.username(), body.password(), clientAddresses.of(request))
                    .<ResponseEntity<?>>map(ResponseEntity::ok)
                    .orElseGet(() -> unauthorized("invalid username or password"));
        } catch (LoginThrottle.ThrottledException throttled) {
            return tooManyAttempts(throttled.retryAfterSeconds());
        }
    }

    @PostMapping("/api/auth/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; the refresh token is spent (rotation)")
    ResponseEntity<?> refresh(@RequestBody RefreshRequest body, HttpServletRequest request) throws SQLException {
        if (body.refreshToken() == null || body.refreshToken().isBlank()) {
            return badRequest("refreshToken", "refreshToken is required");
        }
        return auth.refresh(body.refreshToken(), clientAddresses.of(request))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> unauthorized("refresh token is invalid, expired or already used"));
    }

    @PostMapping("/api/auth/logout")
    @Operation(summary = "Revoke the given refresh token's session, or all of the caller's sessions")
    ResponseEntity<Void> logout(
            @Parameter(hidden = true) CurrentUser user,
            @RequestBody(required = false) RefreshRequest body,
            HttpServletRequest request)
            throws SQLException {
        auth.logout(user, body == null ? null : body.refreshToken(), clientAddresses.of(request));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    @Operation(summary = "Public keys that verify access tokens")
    Map<String, Object> jwks() {
        return accessTokens.publicKeys().toJSONObject(true);
    }

    private static ResponseEntity<?> badRequest(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }

    /** 429 for a throttled login (password or passkey), with {@code Retry-After}. */
    public static ResponseEntity<?> tooManyAttempts(long retryAfterSeconds) {
        // The same answer whether or not the user exists, and whether the account or the address is throttled.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, "too many login attempts; retry after " + retryAfterSeconds + " s");
        problem.setTitle("Too Many Requests");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .body(problem);
    }

    private static ResponseEntity<?> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
