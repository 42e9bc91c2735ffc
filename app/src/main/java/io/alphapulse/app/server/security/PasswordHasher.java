package io.alphapulse.app.server.security;

import io.alphapulse.infra.store.users.PasswordHash;
import java.util.Objects;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords with bcrypt at cost 12 (OWASP ASVS 5.0's minimum for bcrypt). A check for
 * an unknown user still costs one bcrypt comparison, so response times do not tell which usernames exist.
 */
@Component
public final class PasswordHasher {

    /** bcrypt's cost factor: 2^12 rounds, about a quarter of a second per hash on this class of machine. */
    public static final int COST = 12;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(COST);
    // Compared against when the user does not exist, so both paths do the same work.
    private final String decoy = encoder.encode("decoy password for unknown users");

    public PasswordHash hash(String password) {
        Objects.requireNonNull(password, "password");
        return new PasswordHash(encoder.encode(password));
    }

    /** Whether {@code password} matches {@code hash}; with a {@code null} hash, spends the same time and says no. */
    public boolean matches(String password, PasswordHash hash) {
        if (hash == null) {
            encoder.matches(password, decoy);
            return false;
        }
        return encoder.matches(password, hash.encoded());
    }
}
