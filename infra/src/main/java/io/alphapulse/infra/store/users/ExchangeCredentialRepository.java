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
import java.util.Optional;
import java.util.UUID;

/** Encrypted exchange credentials; every read and delete is scoped to the owning user. */
public final class ExchangeCredentialRepository {

    private static final String COLUMNS = "id, user_id, venue, label, api_key_ciphertext, api_key_nonce,"
            + " secret_ciphertext, secret_nonce, data_key_ciphertext, data_key_nonce, master_key_id, created_at";

    private final Database database;
    private final SqlColumns columns;

    public ExchangeCredentialRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /**
     * Stores sealed credentials of {@code userId}.
     *
     * @throws AlreadyExistsException naming venue and label when the user already has them
     */
    public ExchangeCredential create(
            UUID userId,
            String venue,
            String label,
            SealedValue apiKey,
            SealedValue secret,
            SealedValue dataKey,
            String masterKeyId,
            Instant now)
            throws SQLException {
        return create(UUID.randomUUID(), userId, venue, label, apiKey, secret, dataKey, masterKeyId, now);
    }

    /**
     * Stores sealed credentials under a given id: the id is chosen before sealing when the ciphertexts
     * are bound to it (associated data), so a row copied under another id does not decrypt.
     *
     * @throws AlreadyExistsException naming venue and label when the user already has them
     */
    public ExchangeCredential create(
            UUID id,
            UUID userId,
            String venue,
            String label,
            SealedValue apiKey,
            SealedValue secret,
            SealedValue dataKey,
            String masterKeyId,
            Instant now)
            throws SQLException {
        ExchangeCredential credential =
                new ExchangeCredential(id, userId, venue, label, apiKey, secret, dataKey, masterKeyId, now);
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO exchange_credentials (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            columns.setUuid(insert, 1, credential.id());
            columns.setUuid(insert, 2, userId);
            insert.setString(3, venue);
            insert.setString(4, label);
            insert.setBytes(5, apiKey.ciphertext());
            insert.setBytes(6, apiKey.nonce());
            insert.setBytes(7, secret.ciphertext());
            insert.setBytes(8, secret.nonce());
            insert.setBytes(9, dataKey.ciphertext());
            insert.setBytes(10, dataKey.nonce());
            insert.setString(11, masterKeyId);
            columns.setTime(insert, 12, now);
            insert.executeUpdate();
            return credential;
        } catch (SQLException failure) {
            if (UniqueViolations.is(failure)) {
                throw new AlreadyExistsException(
                        "credentials for venue '" + venue + "' labelled '" + label + "' already exist", failure);
            }
            throw failure;
        }
    }

    /** The credentials of {@code userId}, by venue and label. */
    public List<ExchangeCredential> listByUser(UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM exchange_credentials WHERE user_id = ? ORDER BY venue, label")) {
            columns.setUuid(select, 1, userId);
            List<ExchangeCredential> credentials = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    credentials.add(credential(rows));
                }
            }
            return credentials;
        }
    }

    /** Credentials {@code id} if they belong to {@code userId}; empty when missing or someone else's. */
    public Optional<ExchangeCredential> find(UUID id, UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM exchange_credentials WHERE id = ? AND user_id = ?")) {
            columns.setUuid(select, 1, id);
            columns.setUuid(select, 2, userId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(credential(rows)) : Optional.empty();
            }
        }
    }

    /** Every user's credentials, oldest first: for re-sealing under a new master key and key checks. */
    public List<ExchangeCredential> listAll() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM exchange_credentials ORDER BY created_at, id")) {
            List<ExchangeCredential> credentials = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    credentials.add(credential(rows));
                }
            }
            return credentials;
        }
    }

    /**
     * A credential's data key sealed anew under another master key; the sealed key and secret stay as
     * they are.
     *
     * @param id the credential
     * @param fromMasterKeyId the master key it is sealed under now, checked so a concurrent change is noticed
     * @param dataKey the data key sealed under {@code toMasterKeyId}
     * @param toMasterKeyId the new master key's id
     */
    public record ResealedDataKey(UUID id, String fromMasterKeyId, SealedValue dataKey, String toMasterKeyId) {}

    /**
     * Replaces the sealed data keys of {@code resealed} in one transaction: all of them or none.
     *
     * @throws IllegalStateException when a credential is gone or no longer sealed under its {@code
     *     fromMasterKeyId} (nothing is changed then)
     */
    public void replaceDataKeys(List<ResealedDataKey> resealed) throws SQLException {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE exchange_credentials"
                    + " SET data_key_ciphertext = ?, data_key_nonce = ?, master_key_id = ?"
                    + " WHERE id = ? AND master_key_id = ?")) {
                for (ResealedDataKey key : resealed) {
                    update.setBytes(1, key.dataKey().ciphertext());
                    update.setBytes(2, key.dataKey().nonce());
                    update.setString(3, key.toMasterKeyId());
                    columns.setUuid(update, 4, key.id());
                    update.setString(5, key.fromMasterKeyId());
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("credential " + key.id()
                                + " is gone or no longer sealed under master key " + key.fromMasterKeyId());
                    }
                }
            }
            return null;
        });
    }

    /**
     * Deletes credentials {@code id} of {@code userId}.
     *
     * @return whether they existed and belonged to {@code userId}
     */
    public boolean delete(UUID id, UUID userId) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM exchange_credentials WHERE id = ? AND user_id = ?")) {
            columns.setUuid(delete, 1, id);
            columns.setUuid(delete, 2, userId);
            return delete.executeUpdate() == 1;
        }
    }

    private ExchangeCredential credential(ResultSet rows) throws SQLException {
        return new ExchangeCredential(
                columns.uuid(rows, "id"),
                columns.uuid(rows, "user_id"),
                rows.getString("venue"),
                rows.getString("label"),
                SealedValue.of(rows.getBytes("api_key_ciphertext"), rows.getBytes("api_key_nonce")),
                SealedValue.of(rows.getBytes("secret_ciphertext"), rows.getBytes("secret_nonce")),
                SealedValue.of(rows.getBytes("data_key_ciphertext"), rows.getBytes("data_key_nonce")),
                rows.getString("master_key_id"),
                columns.time(rows, "created_at"));
    }
}
