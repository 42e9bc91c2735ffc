package io.alphapulse.app.server.security.passkeys;

import io.alphapulse.app.server.api.ApiRequestException;
import io.alphapulse.app.server.api.PathIds;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.Passkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/user/passkeys}: the caller's passkeys, for every logged-in user (viewers included). */
@RestController
@RequestMapping("/api/user/passkeys")
@Tag(name = "user", description = "The caller's own settings, exchange credentials and password")
class PasskeyController {

    private final Passkeys passkeys;
    private final PasskeyJson json;

    PasskeyController(Passkeys passkeys, JsonMapper mapper) {
        this.passkeys = passkeys;
        this.json = new PasskeyJson(mapper);
    }

    record RegistrationStart(String name) {}

    record RegistrationFinish(String ceremonyId, JsonNode credential) {}

    /** A passkey as listed: never its key material. Times in epoch milliseconds. */
    record PasskeyView(UUID id, String name, long createdAt, Long lastUsedAt) {
        static PasskeyView of(Passkey passkey) {
            return new PasskeyView(
                    passkey.id(), passkey.name(), passkey.createdAt().toEpochMilli(), millis(passkey.lastUsedAt()));
        }

        private static Long millis(Instant instant) {
            return instant == null ? null : instant.toEpochMilli();
        }
    }

    @PostMapping("/registration/options")
    @Operation(
            summary = "Start registering a passkey: options for navigator.credentials.create and a ceremonyId",
            description = "The ceremony stays open for 5 minutes and can be finished once, by the same user.")
    ResponseEntity<?> registrationOptions(
            @RequestBody RegistrationStart body, @Parameter(hidden = true) CurrentUser user) throws SQLException {
        if (body.name() == null || body.name().isBlank() || body.name().strip().length() > 64) {
            throw ApiRequestException.invalid("name", "name must be 1 to 64 characters");
        }
        try {
            return ResponseEntity.ok(
                    json.started(passkeys.startRegistration(user, body.name().strip())));
        } catch (CeremonyStore.FullException full) {
            return PasskeyJson.busy(full);
        }
    }

    @PostMapping("/registration")
    @Operation(summary = "Finish registering a passkey with the PublicKeyCredential from navigator.credentials.create")
    ResponseEntity<PasskeyView> register(
            @RequestBody RegistrationFinish body, @Parameter(hidden = true) CurrentUser user) throws SQLException {
        String ceremonyId = PasskeyJson.ceremonyId(body.ceremonyId());
        String credential = json.credential(body.credential());
        Passkey passkey = passkeys.finishRegistration(user, ceremonyId, credential);
        return ResponseEntity.created(URI.create("/api/user/passkeys/" + passkey.id()))
                .body(PasskeyView.of(passkey));
    }

    @GetMapping
    @Operation(summary = "The caller's passkeys")
    List<PasskeyView> list(@Parameter(hidden = true) CurrentUser user) throws SQLException {
        return passkeys.list(user).stream().map(PasskeyView::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove one of the caller's passkeys")
    ResponseEntity<Void> remove(@PathVariable String id, @Parameter(hidden = true) CurrentUser user)
            throws SQLException {
        UUID passkeyId = PathIds.uuid(id, "passkey");
        if (!passkeys.remove(user, passkeyId)) {
            throw ApiRequestException.notFound("id", "no passkey '" + passkeyId + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
