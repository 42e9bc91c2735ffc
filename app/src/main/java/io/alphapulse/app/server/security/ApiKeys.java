package io.alphapulse.app.server.security;

import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.ApiKey;
import io.alphapulse.infra.store.users.ApiKeyRepository;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys for scripts ({@code X-API-Key}): 256 random bits shown once at creation, stored as their
 * SHA-256 only, scoped to a role no higher than their owner's, revocable, with a last-used time. A key
 * authenticates as its owner with the lower of the key's and the owner's current role, so demoting a
 * user demotes their keys; a disabled user's keys stop working.
 */
public final class ApiKeys {

    /** Keys start with this, so scanners and people can recognise a leaked one. */
    public static final String KEY_PREFIX = "apk_";
    /** How stale the stored last-used time may get: it is written at most once a minute per key. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(ApiKeyRepository keys, UserRepository users, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new key and its stored record; the key text exists only in this result. */
    public record Created(ApiKey record, String key) {
        @Override
        public String toString() {
            return "Created[" + record.id() + "]";
        }
    }

    /**
     * Creates a key for {@code owner}.
     *
     * @throws IllegalArgumentException naming the role when it is above the owner's
     */
    public Created create(CurrentUser owner, String name, Role role) throws SQLException {
        if (!owner.has(role)) {
            throw new IllegalArgumentException("an API key cannot have role " + role.externalName() + ", above yours ("
                    + owner.role().externalName() + ")");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey record =
                keys.create(owner.id(), name, AuthService.hash(key), key.substring(0, 12), role, clock.instant());
        record(owner.username(), "apikey.create", record.id() + " (" + name + ", " + role.externalName() + ")");
        return new Created(record, key);
    }

    public List<ApiKey> list(CurrentUser owner) throws SQLException {
        return keys.listByUser(owner.id());
    }

    /** Revokes one of {@code owner}'s keys; {@code false} when it has no such active key. */
    public boolean revoke(CurrentUser owner, UUID id) throws SQLException {
        boolean revoked = keys.revoke(id, owner.id(), clock.instant());
        if (revoked) {
            record(owner.username(), "apikey.revoke", id.toString());
        }
        return revoked;
    }

    /** The caller a presented key speaks for, if it is an active key of an enabled user. */
    public Optional<CurrentUser> authenticate(String presented) throws SQLException {
        if (presented == null || !presented.startsWith(KEY_PREFIX) || presented.length() > 128) {
            return Optional.empty();
        }
        Optional<ApiKey> found = keys.findActiveByHash(AuthService.hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        Optional<User> owner = users.findById(key.userId());
        if (owner.isEmpty() || owner.get().disabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (key.lastUsedAt() == null || key.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            keys.touch(key.id(), now);
        }
        Role role = key.role().compareTo(owner.get().role()) <= 0
                ? key.role()
                : owner.get().role();
        return Optional.of(new CurrentUser(owner.get().id(), owner.get().username(), role));
    }

    private void record(String actor, String action, String target) throws SQLException {
        audit.append(new AuditEntry(clock.instant(), actor, action, target, AuditOutcome.SUCCESS, null, null));
    }
}
