package io.alphapulse.infra.store.users;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** API keys, found by hash; listing and revoking are scoped to the owning user. */
public final class ApiKeyRepository {

    private static final String COLUMNS =
            "k.id, k.user_id, k.name, k.key_hash, k.prefix, k.role, k.created_at, k.last_used_at, k.revoked_at";

    private final Database database;
    private final SqlColumns columns;

    public ApiKeyRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /**
     * Stores a new key of {@code userId}.
     *
     * @throws AlreadyExistsException naming the name when the user has an active key of that name
     */
    public ApiKey create(UUID userId, String name, TokenHash keyHash, String prefix, Role role, Instant now)
            throws SQLException {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("API key name must not be blank: '" + name + "'");
        }
        if (prefix == null || prefix.isEmpty() || prefix.length() > 12) {
            throw new IllegalArgumentException("API key prefix must be 1 to 12 characters: '" + prefix + "'");
        }
        ApiKey key = new ApiKey(UUID.randomUUID(), userId, name, keyHash, prefix, role, now, null, null);
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO api_keys (id, user_id, name, key_hash, prefix, role, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            columns.setUuid(insert, 1, key.id());
            columns.setUuid(insert, 2, userId);
            insert.setString(3, name);
            insert.setBytes(4, keyHash.bytes());
            insert.setString(5, prefix);
            insert.setString(6, role.externalName());
            columns.setTime(insert, 7, now);
            insert.executeUpdate();
            return key;
        } catch (SQLException failure) {
            if (UniqueViolations.is(failure)) {
                throw new AlreadyExistsException("an API key named '" + name + "' already exists", failure);
            }
            throw failure;
        }
    }

    /**
     * The key with this hash if it can authenticate: not revoked, and its user not disabled. A revoked key
     * and an unknown one look the same to the caller.
     */
    public Optional<ApiKey> findActiveByHash(TokenHash keyHash) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM api_keys k JOIN users u ON u.id = k.user_id"
                        + " WHERE k.key_hash = ? AND k.revoked_at IS NULL AND u.disabled = ?")) {
            select.setBytes(1, keyHash.bytes());
            select.setBoolean(2, false);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(key(rows)) : Optional.empty();
            }
        }
    }

    /** Notes that key {@code id} authenticated a request at {@code now}. */
    public void touch(UUID id, Instant now) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE api_keys SET last_used_at = ? WHERE id = ?")) {
            columns.setTime(update, 1, now);
            columns.setUuid(update, 2, id);
            update.executeUpdate();
        }
    }

    /**
     * Revokes key {@code id} of {@code userId}.
     *
     * @return whether an active key of that user was revoked; false for another user's key
     */
    public boolean revoke(UUID id, UUID userId, Instant now) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")) {
            columns.setTime(update, 1, now);
            columns.setUuid(update, 2, id);
            columns.setUuid(update, 3, userId);
            return update.executeUpdate() == 1;
        }
    }

    /** The keys of {@code userId}, revoked ones included, oldest first. */
    public List<ApiKey> listByUser(UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM api_keys k WHERE k.user_id = ? ORDER BY k.created_at, k.id")) {
            columns.setUuid(select, 1, userId);
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(key(rows));
                }
            }
            return keys;
        }
    }

    private ApiKey key(ResultSet rows) throws SQLException {
        return new ApiKey(
                columns.uuid(rows, "id"),
                columns.uuid(rows, "user_id"),
                rows.getString("name"),
                TokenHash.of(rows.getBytes("key_hash")),
                rows.getString("prefix"),
                Role.ofExternalName(rows.getString("role")),
                columns.time(rows, "created_at"),
                columns.time(rows, "last_used_at"),
                columns.time(rows, "revoked_at"));
    }
}
