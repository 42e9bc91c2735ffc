package io.alphapulse.infra.store.users;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored API key: only its hash and a short prefix to recognize it by, never the key.
 *
 * @param id its id
 * @param userId whose it is
 * @param name the owner's name for it
 * @param keyHash the key's digest
 * @param prefix the key's first characters, shown in lists
 * @param role what requests with it may do (at most its user's role; the API checks that)
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a request, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 */
public record ApiKey(
        UUID id,
        UUID userId,
        String name,
        TokenHash keyHash,
        String prefix,
        Role role,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {}
