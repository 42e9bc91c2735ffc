package io.alphapulse.infra.store.users;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored refresh token: only its hash, never the token.
 *
 * @param id its id
 * @param userId whose it is
 * @param familyId the login it descends from: every rotation keeps it, so presenting an already rotated
 *     token (a sign of theft) can revoke the whole family
 * @param tokenHash the token's digest
 * @param issuedAt when it was issued
 * @param expiresAt when it expires
 * @param revokedAt when it was revoked or rotated, or {@code null}
 * @param replacedBy the token it was rotated into, or {@code null}
 */
public record RefreshToken(
        UUID id,
        UUID userId,
        UUID familyId,
        TokenHash tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Instant revokedAt,
        UUID replacedBy) {

    /** Neither revoked nor expired at {@code now}. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
