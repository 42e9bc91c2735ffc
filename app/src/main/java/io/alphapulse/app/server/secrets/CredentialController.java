package io.alphapulse.app.server.secrets;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.app.server.api.ApiRequestException;
import io.alphapulse.app.server.api.PathIds;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.AlreadyExistsException;
import io.alphapulse.infra.store.users.ExchangeCredential;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/user/credentials}: a user's exchange API keys. Stored sealed ({@link CredentialVault});
 * after creation the API shows only the key's last four characters and never the secret. Each user
 * sees and deletes only their own (another user's id answers 404, as an unknown one does).
 */
@RestController
@RequestMapping("/api/user/credentials")
@Tag(name = "user", description = "The caller's own settings, exchange credentials and password")
class CredentialController {

    private static final Pattern VENUE = Pattern.compile("[a-z][a-z0-9]{0,31}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,512}");

    /** How long creating a credential waits for the venue's permission answer before answering "pending". */
    static final Duration PERMISSION_WAIT = Duration.ofSeconds(5);

    private final ExchangeCredentialRepository credentials;
    private final CredentialVault vault;
    private final KeyPermissionCheck permissions;
    private final AuditLog audit;
    private final Clock clock;

    CredentialController(
            ExchangeCredentialRepository credentials,
            CredentialVault vault,
            KeyPermissionCheck permissions,
            AuditLog audit,
            Clock clock) {
        this.credentials = credentials;
        this.vault = vault;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the caller sends; {@link #toString()} never shows the key or secret. */
    record CredentialRequest(String venue, String label, String apiKey, String secret) {
        @Override
        public String toString() {
            return "CredentialRequest[venue=" + venue + ", label=" + label + "]";
        }
    }

    /**
     * A stored credential as shown: the API key masked to its last four characters, no secret, and what
     * the venue reports about the key's permissions.
     */
    record CredentialView(
            UUID id, String venue, String label, String apiKey, long createdAt, KeyPermissionStatus permissions) {}

    /** A credential just stored, with warnings about it (a key that allows withdrawals). */
    record CreatedCredentialView(
            UUID id,
            String venue,
            String label,
            String apiKey,
            long createdAt,
            KeyPermissionStatus permissions,
            List<String> warnings) {}

    @GetMapping
    @Operation(summary = "The caller's exchange credentials, masked")
    List<CredentialView> list(@Parameter(hidden = true) CurrentUser user) throws SQLException {
        return credentials.listByUser(user.id()).stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Store exchange API credentials (sealed with AES-256-GCM); the secret is never shown again")
    ResponseEntity<CreatedCredentialView> create(
            @RequestBody CredentialRequest request, @Parameter(hidden = true) CurrentUser user) throws SQLException {
        if (request.venue() == null || !VENUE.matcher(request.venue()).matches()) {
            throw ApiRequestException.invalid(
                    "venue", "venue must be a venue name such as binance, bybit, deribit or alpaca");
        }
        if (request.label() == null
                || request.label().isBlank()
                || request.label().length() > 64) {
            throw ApiRequestException.invalid("label", "label must be 1 to 64 characters");
        }
        if (request.apiKey() == null || !TOKEN.matcher(request.apiKey()).matches()) {
            throw ApiRequestException.invalid("apiKey", "apiKey must be 1 to 512 printable characters without spaces");
        }
        if (request.secret() == null || !TOKEN.matcher(request.secret()).matches()) {
            throw ApiRequestException.invalid("secret", "secret must be 1 to 512 printable characters without spaces");
        }
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = vault.seal(user.id(), id, request.apiKey(), request.secret());
        ExchangeCredential stored;
        try {
            stored = credentials.create(
                    id,
                    user.id(),
                    request.venue(),
                    request.label().strip(),
                    sealed.apiKey(),
                    sealed.secret(),
                    sealed.dataKey(),
                    sealed.masterKeyId(),
                    clock.instant());
        } catch (AlreadyExistsException exists) {
            throw ApiRequestException.conflict("label", exists.getMessage());
        }
        record(user, "credential.create", stored.id() + " (" + stored.venue() + "/" + stored.label() + ")");
        KeyPermissionStatus status = permissionsOf(stored);
        List<String> warnings = new ArrayList<>();
        if (Boolean.TRUE.equals(status.withdrawalsEnabled())) {
            warnings.add(stored.venue() + " reports that this key allows withdrawals; AlphaPulse never needs that:"
                    + " replace it with a key without the withdrawal permission");
        }
        // Masked from the request: no need to open what was just sealed.
        CredentialView view = view(stored, status, new ApiCredentials(request.apiKey(), request.secret()).maskedKey());
        return ResponseEntity.created(URI.create("/api/user/credentials/" + stored.id()))
                .body(new CreatedCredentialView(
                        view.id(),
                        view.venue(),
                        view.label(),
                        view.apiKey(),
                        view.createdAt(),
                        status,
                        List.copyOf(warnings)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of the caller's exchange credentials")
    ResponseEntity<Void> delete(@PathVariable String id, @Parameter(hidden = true) CurrentUser user)
            throws SQLException {
        UUID credentialId = PathIds.uuid(id, "credential");
        if (!credentials.delete(credentialId, user.id())) {
            throw ApiRequestException.notFound("id", "no credential '" + credentialId + "'");
        }
        permissions.forget(credentialId);
        record(user, "credential.delete", credentialId.toString());
        return ResponseEntity.noContent().build();
    }

    /** The venue's answer if it comes within {@link #PERMISSION_WAIT}; else the check goes on in the background. */
    private KeyPermissionStatus permissionsOf(ExchangeCredential stored) {
        try {
            return permissions.check(stored).get(PERMISSION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return permissions.status(stored);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return permissions.status(stored);
        } catch (ExecutionException impossible) {
            return permissions.status(stored);
        }
    }

    private CredentialView view(ExchangeCredential credential) {
        return view(credential, permissions.status(credential));
    }

    private CredentialView view(ExchangeCredential credential, KeyPermissionStatus status) {
        String apiKey;
        try {
            apiKey = vault.open(credential).credentials().maskedKey();
        } catch (CredentialVault.VaultException unreadable) {
            apiKey = "(sealed under another master key)";
        }
        return view(credential, status, apiKey);
    }

    private static CredentialView view(ExchangeCredential credential, KeyPermissionStatus status, String maskedKey) {
        return new CredentialView(
                credential.id(),
                credential.venue(),
                credential.label(),
                maskedKey,
                credential.createdAt().toEpochMilli(),
                status);
    }

    private void record(CurrentUser user, String action, String target) throws SQLException {
        audit.append(
                new AuditEntry(clock.instant(), user.username(), action, target, AuditOutcome.SUCCESS, null, null));
    }
}
