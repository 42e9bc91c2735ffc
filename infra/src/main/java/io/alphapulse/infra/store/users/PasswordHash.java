package io.alphapulse.infra.store.users;

/**
 * A password hash in its encoded form (e.g. an Argon2id PHC string with its parameters and salt). The
 * store never sees a password; this type keeps the hash out of logs too, since {@link #toString()} does
 * not print it.
 *
 * @param encoded the encoded hash
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("password hash must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
