package io.alphapulse.app.server.security.passkeys;

import io.alphapulse.app.server.security.AuthController;
import io.alphapulse.app.server.security.ClientAddresses;
import io.alphapulse.app.server.security.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/auth/passkey/*}: logging in with a passkey, public like {@code /api/auth/login} and
 * throttled per client address by the same {@link LoginThrottle}. A successful login answers exactly as
 * the password login does.
 */
@RestController
@Tag(name = "auth", description = "Login, token refresh and logout")
class PasskeyLoginController {

    private final Passkeys passkeys;
    private final PasskeyJson json;
    private final ClientAddresses clientAddresses;

    PasskeyLoginController(Passkeys passkeys, JsonMapper mapper, ClientAddresses clientAddresses) {
        this.passkeys = passkeys;
        this.json = new PasskeyJson(mapper);
        this.clientAddresses = clientAddresses;
    }

    record LoginStart(String username) {}

    record LoginFinish(String ceremonyId, JsonNode credential) {}

    @PostMapping("/api/auth/passkey/options")
    @Operation(
            summary = "Start a passkey login: options for navigator.credentials.get and a ceremonyId",
            description = "Without a username the browser offers its discoverable passkeys for this site.")
    ResponseEntity<?> options(@RequestBody(required = false) LoginStart body, HttpServletRequest request)
            throws SQLException {
        String username = body == null ? null : body.username();
        if (username != null && username.length() > 64) {
            return ResponseEntity.badRequest()
                    .body(problem(HttpStatus.BAD_REQUEST, "username is too long", "username"));
        }
        try {
            return ResponseEntity.ok(json.started(passkeys.startLogin(username, clientAddresses.of(request))));
        } catch (LoginThrottle.ThrottledException throttled) {
            return AuthController.tooManyAttempts(throttled.retryAfterSeconds());
        } catch (CeremonyStore.FullException full) {
            return PasskeyJson.busy(full);
        }
    }

    @PostMapping("/api/auth/passkey/login")
    @Operation(
            summary = "Log in with the PublicKeyCredential from navigator.credentials.get; returns an access and"
                    + " a refresh token like /api/auth/login")
    ResponseEntity<?> login(@RequestBody LoginFinish body, HttpServletRequest request) throws SQLException {
        String ceremonyId = PasskeyJson.ceremonyId(body.ceremonyId());
        String credential = json.credential(body.credential());
        try {
            return passkeys.finishLogin(ceremonyId, credential, clientAddresses.of(request))
                    .<ResponseEntity<?>>map(ResponseEntity::ok)
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                            .body(problem(HttpStatus.UNAUTHORIZED, "passkey login failed", null)));
        } catch (LoginThrottle.ThrottledException throttled) {
            return AuthController.tooManyAttempts(throttled.retryAfterSeconds());
        }
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
