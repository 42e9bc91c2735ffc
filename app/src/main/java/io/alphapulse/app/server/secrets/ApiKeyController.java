package io.alphapulse.app.server.secrets;

import io.alphapulse.app.server.api.ApiRequestException;
import io.alphapulse.app.server.api.PathIds;
import io.alphapulse.app.server.security.ApiKeys;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.AlreadyExistsException;
import io.alphapulse.infra.store.users.ApiKey;
import io.alphapulse.infra.store.users.Role;
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

/** {@code /api/user/api-keys}: the caller's API keys; a new key's text is in the creation answer only. */
@RestController
@RequestMapping("/api/user/api-keys")
@Tag(name = "user", description = "The caller's own settings, exchange credentials and password")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record ApiKeyRequest(String name, String role) {}

    /** A key as listed: never its text or hash; {@code prefix} is its first 12 characters. */
    record ApiKeyView(
            UUID id, String name, String prefix, String role, long createdAt, Long lastUsedAt, Long revokedAt) {
        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(
                    key.id(),
                    key.name(),
                    key.prefix(),
                    key.role().externalName(),
                    key.createdAt().toEpochMilli(),
                    millis(key.lastUsedAt()),
                    millis(key.revokedAt()));
        }

        private static Long millis(Instant instant) {
            return instant == null ? null : instant.toEpochMilli();
        }
    }

    /** The creation answer: the key itself, shown this once. */
    record CreatedApiKey(UUID id, String name, String prefix, String role, String key) {
        @Override
        public String toString() {
            return "CreatedApiKey[" + id + "]";
        }
    }

    @GetMapping
    @Operation(summary = "The caller's API keys (never their text)")
    List<ApiKeyView> list(@Parameter(hidden = true) CurrentUser user) throws SQLException {
        return keys.list(user).stream().map(ApiKeyView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create an API key for X-API-Key; the key is shown in this answer only")
    ResponseEntity<CreatedApiKey> create(@RequestBody ApiKeyRequest request, @Parameter(hidden = true) CurrentUser user)
            throws SQLException {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 64) {
            throw ApiRequestException.invalid("name", "name must be 1 to 64 characters");
        }
        Role role;
        try {
            role = request.role() == null ? user.role() : Role.ofExternalName(request.role());
        } catch (IllegalArgumentException unknown) {
            throw ApiRequestException.invalid("role", "role must be viewer, trader or admin");
        }
        ApiKeys.Created created;
        try {
            created = keys.create(user, request.name().strip(), role);
        } catch (IllegalArgumentException tooHigh) {
            throw ApiRequestException.invalid("role", tooHigh.getMessage());
        } catch (AlreadyExistsException exists) {
            throw ApiRequestException.conflict("name", exists.getMessage());
        }
        ApiKey key = created.record();
        return ResponseEntity.created(URI.create("/api/user/api-keys/" + key.id()))
                .body(new CreatedApiKey(
                        key.id(), key.name(), key.prefix(), key.role().externalName(), created.key()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the caller's API keys")
    ResponseEntity<Void> revoke(@PathVariable String id, @Parameter(hidden = true) CurrentUser user)
            throws SQLException {
        UUID keyId = PathIds.uuid(id, "API key");
        if (!keys.revoke(user, keyId)) {
            throw ApiRequestException.notFound("id", "no active API key '" + keyId + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
