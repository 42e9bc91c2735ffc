package io.alphapulse.infra.store.users;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens, stored and found by hash. Rotation is one transaction guarded by the old token still
 * being active, so of two concurrent refreshes with one token exactly one succeeds.
 */
public final class RefreshTokenRepository {

    private static final String COLUMNS =
            "id, user_id, family_id, token_hash, issued_at, expires_at, revoked_at, replaced_by";

    private final Database database;
    private final SqlColumns columns;

    public RefreshTokenRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /** Stores the first token of a new login, in a new family. */
    public RefreshToken issue(UUID userId, TokenHash tokenHash, Instant issuedAt, Instant expiresAt)
            throws SQLException {
        RefreshToken token = newToken(userId, UUID.randomUUID(), tokenHash, issuedAt, expiresAt);
        try (Connection connection = database.connection()) {
            insert(connection, token);
        }
        return token;
    }

    /** The token with this hash, in whatever state: a revoked one found here signals reuse. */
    public Optional<RefreshToken> findByHash(TokenHash tokenHash) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM refresh_tokens WHERE token_hash = ?")) {
            select.setBytes(1, tokenHash.bytes());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(token(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Replaces the presented token with a new one of the same user and family, in one transaction: the
     * old token is revoked and points at its replacement.
     *
     * @return the new token; empty, and nothing changed, when the presented token is unknown, revoked
     *     (already rotated) or expired
     */
    public Optional<RefreshToken> rotate(TokenHash presented, TokenHash next, Instant now, Instant nextExpiresAt)
            throws SQLException {
        Objects.requireNonNull(next, "next");
        return database.inTransaction(connection -> {
            UUID oldId;
            UUID userId;
            UUID familyId;
            // The conditional update both checks and claims the old token (a row lock on PostgreSQL).
            try (PreparedStatement revoke = connection.prepareStatement("UPDATE refresh_tokens SET revoked_at = ?"
                    + " WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?"
                    + " RETURNING id, user_id, family_id")) {
                columns.setTime(revoke, 1, now);
                revoke.setBytes(2, presented.bytes());
                columns.setTime(revoke, 3, now);
                try (ResultSet claimed = revoke.executeQuery()) {
                    if (!claimed.next()) {
                        return Optional.empty();
                    }
                    oldId = columns.uuid(claimed, "id");
                    userId = columns.uuid(claimed, "user_id");
                    familyId = columns.uuid(claimed, "family_id");
                }
            }
            RefreshToken replacement = newToken(userId, familyId, next, now, nextExpiresAt);
            insert(connection, replacement);
            try (PreparedStatement link =
                    connection.prepareStatement("UPDATE refresh_tokens SET replaced_by = ? WHERE id = ?")) {
                columns.setUuid(link, 1, replacement.id());
                columns.setUuid(link, 2, oldId);
                link.executeUpdate();
            }
            return Optional.of(replacement);
        });
    }

    /**
     * Revokes every still active token of a family: on logout, and when a rotated token is presented again.
     *
     * @return how many tokens were revoked now
     */
    public int revokeFamily(UUID familyId, Instant now) throws SQLException {
        return revokeWhere("family_id", familyId, now);
    }

    /**
     * Revokes every still active token of a user: on password change, disabling or deletion.
     *
     * @return how many tokens were revoked now
     */
    public int revokeAllOfUser(UUID userId, Instant now) throws SQLException {
        return revokeWhere("user_id", userId, now);
    }

    private int revokeWhere(String column, UUID value, Instant now) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement revoke = connection.prepareStatement(
                        "UPDATE refresh_tokens SET revoked_at = ? WHERE " + column + " = ? AND revoked_at IS NULL")) {
            columns.setTime(revoke, 1, now);
            columns.setUuid(revoke, 2, value);
            return revoke.executeUpdate();
        }
    }

    private static RefreshToken newToken(
            UUID userId, UUID familyId, TokenHash tokenHash, Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException(
                    "refresh token expiry " + expiresAt + " is not after its issue time " + issuedAt);
        }
        return new RefreshToken(UUID.randomUUID(), userId, familyId, tokenHash, issuedAt, expiresAt, null, null);
    }

    private void insert(Connection connection, RefreshToken token) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            columns.setUuid(insert, 1, token.id());
            columns.setUuid(insert, 2, token.userId());
            columns.setUuid(insert, 3, token.familyId());
            insert.setBytes(4, token.tokenHash().bytes());
            columns.setTime(insert, 5, token.issuedAt());
            columns.setTime(insert, 6, token.expiresAt());
            insert.executeUpdate();
        } catch (SQLException failure) {
            if (UniqueViolations.is(failure)) {
                throw new AlreadyExistsException("a refresh token with this hash already exists", failure);
            }
            throw failure;
        }
    }

    private RefreshToken token(ResultSet rows) throws SQLException {
        return new RefreshToken(
                columns.uuid(rows, "id"),
                columns.uuid(rows, "user_id"),
                columns.uuid(rows, "family_id"),
                TokenHash.of(rows.getBytes("token_hash")),
                columns.time(rows, "issued_at"),
                columns.time(rows, "expires_at"),
                columns.time(rows, "revoked_at"),
                columns.uuid(rows, "replaced_by"));
    }
}
