package io.alphapulse.app.server.security;

import io.alphapulse.app.io.AtomicFile;
import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.UserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin on an empty database (ARCHITECTURE.md §8): user {@code admin} with {@code
 * ALPHAPULSE_ADMIN_PASSWORD}, or with a generated password written to {@code
 * <data-dir>/initial-admin-password} (mode 600) and printed once on the console. The password itself is
 * never logged. A configured password that breaks the {@link PasswordPolicy} stops the start, naming
 * the rule.
 */
@Component
public final class AdminBootstrap implements InitializingBean {

    public static final String ADMIN_USERNAME = "admin";
    public static final String PASSWORD_FILE = "initial-admin-password";
    private static final int GENERATED_LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final ServerSettings settings;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private volatile String outcome = "existing users kept";

    public AdminBootstrap(
            ServerSettings settings,
            UserRepository users,
            PasswordHasher hasher,
            PasswordPolicy policy,
            AuditLog audit,
            Clock clock) {
        this.settings = settings;
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (users.count() > 0) {
            return;
        }
        String configured = settings.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generate() : configured;
        List<PasswordPolicy.Violation> violations = policy.check(ADMIN_USERNAME, password);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("ALPHAPULSE_ADMIN_PASSWORD does not meet the password policy: it "
                    + PasswordPolicy.describe(violations).replace("; ", "; it ")
                    + " (at least " + PasswordPolicy.MIN_LENGTH + " characters, not containing '" + ADMIN_USERNAME
                    + "', not a common password)");
        }
        users.create(ADMIN_USERNAME, Role.ADMIN, hasher.hash(password), clock.instant());
        audit.append(new AuditEntry(
                clock.instant(), "system", "user.create", ADMIN_USERNAME, AuditOutcome.SUCCESS, "first admin", null));
        if (generated) {
            Path file = settings.dataDir().resolve(PASSWORD_FILE);
            writeOwnerOnly(file, password + "\n");
            outcome = "created user 'admin' with a generated password, saved in " + file.toAbsolutePath()
                    + " (mode 600); it is shown only this once:\n    " + password;
        } else {
            outcome = "created user 'admin' with the password from ALPHAPULSE_ADMIN_PASSWORD";
        }
    }

    /** What bootstrapping did, for the startup message; holds a generated password until {@link #forget()}. */
    public String outcome() {
        return outcome;
    }

    /** Drops the generated password from memory once it has been shown. */
    public void forget() {
        outcome = "admin bootstrap done";
    }

    /** 20 random characters (about 116 bits) that meet the password policy. */
    String generate() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            // Containing "admin" by chance is all but impossible; drawing again keeps it impossible.
            if (policy.check(ADMIN_USERNAME, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            AtomicFile.writeOwnerOnly(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }
}
