package io.alphapulse.infra.store.users;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A user.
 *
 * @param id its id
 * @param username unique regardless of case; 1 to 64 letters, digits, {@code .}, {@code _}, {@code -}, {@code @}
 * @param role what it may do
 * @param passwordHash its password hash (never printed)
 * @param createdAt when it was created
 * @param disabled a disabled user cannot log in or use its API keys
 */
public record User(
        UUID id, String username, Role role, PasswordHash passwordHash, Instant createdAt, boolean disabled) {

    // ASCII only: SQLite's lower() folds ASCII alone, and the unique index on lower(username) must mean
    // the same on both databases.
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public User {
        Objects.requireNonNull(id, "id");
        requireValidUsername(username);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether {@code username} is 1 to 64 ASCII letters, digits, '.', '_', '-' or '@'. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    static void requireValidUsername(String username) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException(
                    "username must be 1 to 64 letters, digits, '.', '_', '-' or '@': '" + username + "'");
        }
    }
}
