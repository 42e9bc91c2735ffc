package io.alphapulse.infra.store.users;

import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.SqlColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Passkeys (WebAuthn credentials) and each user's WebAuthn user handle. Found by credential id when a
 * passkey logs in; listing and removal are scoped to the owning user.
 */
public final class PasskeyRepository {

    private static final String COLUMNS = "id, user_id, credential_id, user_handle, public_key_cose, signature_count,"
            + " name, transports, backup_eligible, backed_up, created_at, last_used_at";

    private final Database database;
    private final SqlColumns columns;

    public PasskeyRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /**
     * The user handle of {@code userId}, storing {@code candidate} as it when the user has none yet. Safe
     * to call concurrently: the first stored handle wins and stays the user's for good.
     */
    public byte[] userHandle(UUID userId, byte[] candidate) throws SQLException {
        Objects.requireNonNull(userId, "userId");
        if (candidate == null || candidate.length == 0 || candidate.length > 64) {
            throw new IllegalArgumentException("a user handle must be 1 to 64 bytes");
        }
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO webauthn_user_handles"
                        + " (user_id, user_handle) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING")) {
            columns.setUuid(insert, 1, userId);
            insert.setBytes(2, candidate);
            insert.executeUpdate();
        }
        return findUserHandle(userId).orElseThrow(() -> new SQLException("no user handle stored for " + userId));
    }

    /** The user handle of {@code userId}, if it ever started a passkey registration. */
    public Optional<byte[]> findUserHandle(UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_handle FROM webauthn_user_handles WHERE user_id = ?")) {
            columns.setUuid(select, 1, userId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes("user_handle")) : Optional.empty();
            }
        }
    }

    /** The user whose handle this is. */
    public Optional<UUID> findUserByHandle(byte[] userHandle) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_id FROM webauthn_user_handles WHERE user_handle = ?")) {
            select.setBytes(1, userHandle);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(columns.uuid(rows, "user_id")) : Optional.empty();
            }
        }
    }

    /**
     * Stores a verified passkey of {@code userId}.
     *
     * @throws AlreadyExistsException when the credential is registered already (to anyone), or the user
     *     has a passkey of that name; the message says which
     */
    public Passkey create(UUID userId, NewPasskey passkey, Instant now) throws SQLException {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(passkey, "passkey");
        Passkey stored = new Passkey(
                UUID.randomUUID(),
                userId,
                passkey.credentialId(),
                passkey.userHandle(),
                passkey.publicKeyCose(),
                passkey.signatureCount(),
                passkey.name(),
                passkey.transports(),
                passkey.backupEligible(),
                passkey.backedUp(),
                now,
                null);
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO passkeys (id, user_id,"
                        + " credential_id, user_handle, public_key_cose, signature_count, name, transports,"
                        + " backup_eligible, backed_up, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            columns.setUuid(insert, 1, stored.id());
            columns.setUuid(insert, 2, userId);
            insert.setBytes(3, passkey.credentialId());
            insert.setBytes(4, passkey.userHandle());
            insert.setBytes(5, passkey.publicKeyCose());
            insert.setLong(6, passkey.signatureCount());
            insert.setString(7, passkey.name());
            insert.setString(8, String.join(",", passkey.transports()));
            insert.setBoolean(9, passkey.backupEligible());
            insert.setBoolean(10, passkey.backedUp());
            columns.setTime(insert, 11, now);
            insert.executeUpdate();
            return stored;
        } catch (SQLException failure) {
            if (UniqueViolations.is(failure)) {
                String what = findByCredentialId(passkey.credentialId()).isPresent()
                        ? "this passkey is already registered"
                        : "a passkey named '" + passkey.name() + "' already exists";
                throw new AlreadyExistsException(what, failure);
            }
            throw failure;
        }
    }

    /** The passkey with this credential id, whoever owns it. */
    public Optional<Passkey> findByCredentialId(byte[] credentialId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = ?")) {
            select.setBytes(1, credentialId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(passkey(rows)) : Optional.empty();
            }
        }
    }

    /** The passkeys of {@code userId}, oldest first. */
    public List<Passkey> listByUser(UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM passkeys WHERE user_id = ? ORDER BY created_at, id")) {
            columns.setUuid(select, 1, userId);
            List<Passkey> passkeys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    passkeys.add(passkey(rows));
                }
            }
            return passkeys;
        }
    }

    /**
     * Records a login with the passkey: its new signature counter, backup state and the time. Refuses
     * (returns {@code false}, changing nothing) unless the counter went up, or both the stored and the new
     * counter are 0 (an authenticator that keeps no counter). The check is in the update itself, so two
     * concurrent logins cannot both pass with the same counter.
     *
     * @return whether the use was recorded; {@code false} also for an unknown credential
     */
    public boolean recordUse(byte[] credentialId, long signatureCount, boolean backedUp, Instant now)
            throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("UPDATE passkeys"
                        + " SET signature_count = ?, backed_up = ?, last_used_at = ?"
                        + " WHERE credential_id = ? AND (signature_count < ? OR (signature_count = 0 AND ? = 0))")) {
            update.setLong(1, signatureCount);
            update.setBoolean(2, backedUp);
            columns.setTime(update, 3, now);
            update.setBytes(4, credentialId);
            update.setLong(5, signatureCount);
            update.setLong(6, signatureCount);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Removes passkey {@code id} of {@code userId}.
     *
     * @return whether a passkey of that user was removed; false for another user's passkey
     */
    public boolean delete(UUID id, UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM passkeys WHERE id = ? AND user_id = ?")) {
            columns.setUuid(delete, 1, id);
            columns.setUuid(delete, 2, userId);
            return delete.executeUpdate() == 1;
        }
    }

    private Passkey passkey(ResultSet rows) throws SQLException {
        String transports = rows.getString("transports");
        return new Passkey(
                columns.uuid(rows, "id"),
                columns.uuid(rows, "user_id"),
                rows.getBytes("credential_id"),
                rows.getBytes("user_handle"),
                rows.getBytes("public_key_cose"),
                rows.getLong("signature_count"),
                rows.getString("name"),
                transports.isEmpty() ? List.of() : Arrays.asList(transports.split(",")),
                rows.getBoolean("backup_eligible"),
                rows.getBoolean("backed_up"),
                columns.time(rows, "created_at"),
                columns.time(rows, "last_used_at"));
    }
}
