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

/** Users, looked up by username regardless of case. */
public final class UserRepository {

    private static final String COLUMNS = "id, username, role, password_hash, created_at, disabled";

    private final Database database;
    private final SqlColumns columns;

    public UserRepository(Database database) {
        this.database = database;
        this.columns = new SqlColumns(database.vendor());
    }

    /**
     * Creates an enabled user.
     *
     * @throws AlreadyExistsException naming the username when it is taken, in any case
     */
    public User create(String username, Role role, PasswordHash passwordHash, Instant now) throws SQLException {
        User user = new User(UUID.randomUUID(), username, role, passwordHash, now, false);
        try (Connection connection = database.connection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            columns.setUuid(insert, 1, user.id());
            insert.setString(2, user.username());
            insert.setString(3, user.role().externalName());
            insert.setString(4, user.passwordHash().encoded());
            columns.setTime(insert, 5, user.createdAt());
            insert.setBoolean(6, user.disabled());
            insert.executeUpdate();
            return user;
        } catch (SQLException failure) {
            if (UniqueViolations.is(failure)) {
                throw new AlreadyExistsException("username '" + username + "' is already taken", failure);
            }
            throw failure;
        }
    }

    /** The user named {@code username}, in any case. */
    public Optional<User> findByUsername(String username) throws SQLException {
        return selectOne("SELECT " + COLUMNS + " FROM users WHERE lower(username) = lower(?)", username);
    }

    public Optional<User> findById(UUID id) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
            columns.setUuid(select, 1, id);
            return one(select);
        }
    }

    /** Every user, by username. */
    public List<User> findAll() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY lower(username)");
                ResultSet rows = select.executeQuery()) {
            List<User> users = new ArrayList<>();
            while (rows.next()) {
                users.add(user(rows));
            }
            return users;
        }
    }

    /** How many users exist: none means the first admin must be created. */
    public long count() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM users");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** @return whether the user exists */
    public boolean changePassword(String username, PasswordHash passwordHash) throws SQLException {
        return updateByUsername("password_hash = ?", username, update -> update.setString(1, passwordHash.encoded()));
    }

    /** @return whether the user exists */
    public boolean changeRole(String username, Role role) throws SQLException {
        return updateByUsername("role = ?", username, update -> update.setString(1, role.externalName()));
    }

    /** @return whether the user exists */
    public boolean setDisabled(String username, boolean disabled) throws SQLException {
        return updateByUsername("disabled = ?", username, update -> update.setBoolean(1, disabled));
    }

    /**
     * Deletes the user with its refresh tokens, API keys and exchange credentials.
     *
     * @return whether the user existed
     */
    public boolean delete(String username) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM users WHERE lower(username) = lower(?)")) {
            delete.setString(1, username);
            return delete.executeUpdate() == 1;
        }
    }

    private boolean updateByUsername(String assignment, String username, Binder binder) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE users SET " + assignment + " WHERE lower(username) = lower(?)")) {
            binder.bind(update);
            update.setString(2, username);
            return update.executeUpdate() == 1;
        }
    }

    private Optional<User> selectOne(String sql, String parameter) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            return one(select);
        }
    }

    private Optional<User> one(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(user(rows)) : Optional.empty();
        }
    }

    private User user(ResultSet rows) throws SQLException {
        return new User(
                columns.uuid(rows, "id"),
                rows.getString("username"),
                Role.ofExternalName(rows.getString("role")),
                new PasswordHash(rows.getString("password_hash")),
                columns.time(rows, "created_at"),
                rows.getBoolean("disabled"));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
