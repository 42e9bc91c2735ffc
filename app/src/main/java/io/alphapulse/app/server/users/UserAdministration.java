package io.alphapulse.app.server.users;

import io.alphapulse.app.server.security.AuthService;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.app.server.security.PasswordPolicy;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.AlreadyExistsException;
import io.alphapulse.infra.store.users.RefreshTokenRepository;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Creates, changes and deletes users on an admin's behalf, and changes a user's own password. Every
 * password set passes the {@link PasswordPolicy}; a password change or disabling revokes the user's
 * refresh tokens; every change is audited (never with the password). There is always at least one
 * enabled admin, and an admin cannot delete, demote or disable themselves.
 *
 * <p>Changes run one at a time, so two admins demoting each other at once cannot leave no admin.
 */
@Service
public class UserAdministration {

    // A presented current password longer than any accepted one is not worth hashing.
    private static final int MAX_PRESENTED = 1024;

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final Object changes = new Object();

    public UserAdministration(
            UserRepository users,
            RefreshTokenRepository refreshTokens,
            PasswordHasher hasher,
            PasswordPolicy policy,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** A user as the API shows it: never its password hash. */
    public record UserView(String username, String role, Instant createdAt, boolean disabled) {
        static UserView of(User user) {
            return new UserView(user.username(), user.role().externalName(), user.createdAt(), user.disabled());
        }
    }

    /** What an admin may change of a user; {@code null} leaves that part as it is. */
    public record Changes(String password, String role, Boolean disabled) {
        @Override
        public String toString() {
            return "Changes[password=" + (password == null ? "unchanged" : "***") + ", role=" + role + ", disabled="
                    + disabled + "]";
        }
    }

    /** Every user, by username. */
    public List<UserView> list() throws SQLException {
        return users.findAll().stream().map(UserView::of).toList();
    }

    /** The profile of the caller. */
    public UserView profile(CurrentUser caller) throws SQLException {
        return users.findById(caller.id())
                .map(UserView::of)
                .orElseThrow(() -> UserRequestException.notFound(caller.username()));
    }

    /**
     * Creates an enabled user.
     *
     * @throws UserRequestException 422 naming each invalid field, 409 when the username is taken
     */
    public UserView create(CurrentUser admin, String username, String password, String role, String sourceIp)
            throws SQLException {
        List<UserRequestException.FieldError> errors = new ArrayList<>();
        boolean validName = checkUsername(username, errors);
        Role parsedRole = parseRole(role, true, errors);
        checkPassword(validName ? username : null, password, errors);
        if (!errors.isEmpty()) {
            throw UserRequestException.invalid(errors);
        }
        synchronized (changes) {
            if (users.findByUsername(username).isPresent()) {
                throw taken(username);
            }
            User created;
            try {
                created = users.create(username, parsedRole, hasher.hash(password), clock.instant());
            } catch (AlreadyExistsException raced) {
                throw taken(username);
            }
            record(admin.username(), "user.create", created.username(), "role " + parsedRole.externalName(), sourceIp);
            return UserView.of(created);
        }
    }

    /**
     * Changes a user's password, role or disabled flag.
     *
     * @throws UserRequestException 422 naming each invalid field, 404 for an unknown user, 409 when the
     *     admin would demote or disable themselves or the last enabled admin; 422 naming {@code password}
     *     when it is the admin's own (that goes through {@link #changeOwnPassword})
     */
    public UserView update(CurrentUser admin, String username, Changes changed, String sourceIp) throws SQLException {
        if (changed == null || (changed.password() == null && changed.role() == null && changed.disabled() == null)) {
            throw UserRequestException.invalid(List.of(new UserRequestException.FieldError(
                    "body", "must change at least one of password, role, disabled")));
        }
        List<UserRequestException.FieldError> errors = new ArrayList<>();
        Role newRole = parseRole(changed.role(), false, errors);
        if (changed.password() != null) {
            checkPassword(username, changed.password(), errors);
        }
        if (!errors.isEmpty()) {
            throw UserRequestException.invalid(errors);
        }
        synchronized (changes) {
            User user = existing(username);
            boolean self = user.id().equals(admin.id());
            boolean demoted = newRole != null && newRole != Role.ADMIN && user.role() == Role.ADMIN;
            boolean disabling = Boolean.TRUE.equals(changed.disabled()) && !user.disabled();
            if (self && changed.password() != null) {
                // ASVS 6.2.3: a password change needs the current password, which this call does not take.
                throw UserRequestException.invalid(List.of(new UserRequestException.FieldError(
                        "password", "change your own password with PUT /api/user/password")));
            }
            if (self && demoted) {
                throw UserRequestException.conflict("role", "an admin cannot demote themselves");
            }
            if (self && disabling) {
                throw UserRequestException.conflict("disabled", "an admin cannot disable themselves");
            }
            if ((demoted || disabling)
                    && user.role() == Role.ADMIN
                    && !user.disabled()
                    && otherEnabledAdmins(user) == 0) {
                throw UserRequestException.conflict(
                        demoted ? "role" : "disabled", "'" + user.username() + "' is the last enabled admin");
            }
            List<String> done = new ArrayList<>();
            if (changed.password() != null) {
                users.changePassword(user.username(), hasher.hash(changed.password()));
                done.add("password changed");
            }
            if (newRole != null && newRole != user.role()) {
                users.changeRole(user.username(), newRole);
                done.add("role " + user.role().externalName() + " -> " + newRole.externalName());
            }
            if (changed.disabled() != null && changed.disabled() != user.disabled()) {
                users.setDisabled(user.username(), changed.disabled());
                done.add(changed.disabled() ? "disabled" : "enabled");
            }
            if (changed.password() != null || disabling) {
                int revoked = refreshTokens.revokeAllOfUser(user.id(), clock.instant());
                done.add(revoked + " refresh token(s) revoked");
            }
            record(
                    admin.username(),
                    "user.update",
                    user.username(),
                    done.isEmpty() ? "no change" : String.join("; ", done),
                    sourceIp);
            return UserView.of(users.findById(user.id()).orElseThrow(() -> UserRequestException.notFound(username)));
        }
    }

    /**
     * Deletes a user with its refresh tokens, API keys and exchange credentials.
     *
     * @throws UserRequestException 404 for an unknown user, 409 for the admin themselves or the last
     *     enabled admin
     */
    public void delete(CurrentUser admin, String username, String sourceIp) throws SQLException {
        synchronized (changes) {
            User user = existing(username);
            if (user.id().equals(admin.id())) {
                throw UserRequestException.conflict("username", "an admin cannot delete themselves");
            }
            if (user.role() == Role.ADMIN && !user.disabled() && otherEnabledAdmins(user) == 0) {
                throw UserRequestException.conflict("username", "'" + user.username() + "' is the last enabled admin");
            }
            refreshTokens.revokeAllOfUser(user.id(), clock.instant());
            users.delete(user.username());
            record(
                    admin.username(),
                    "user.delete",
                    user.username(),
                    "role " + user.role().externalName(),
                    sourceIp);
        }
    }

    /**
     * Changes the caller's own password after checking the current one, and revokes the caller's refresh
     * tokens: every session must log in again.
     *
     * @throws UserRequestException 422 naming {@code currentPassword} when it is wrong, or {@code
     *     newPassword} with the policy's reasons
     */
    public void changeOwnPassword(CurrentUser caller, String currentPassword, String newPassword, String sourceIp)
            throws SQLException {
        List<UserRequestException.FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new UserRequestException.FieldError("currentPassword", "is required"));
        }
        for (PasswordPolicy.Violation violation : policy.check(caller.username(), newPassword)) {
            errors.add(new UserRequestException.FieldError("newPassword", violation.message()));
        }
        if (!errors.isEmpty()) {
            throw UserRequestException.invalid(errors);
        }
        synchronized (changes) {
            Optional<User> user = users.findById(caller.id());
            // Checked even for a vanished user, so the answer takes the same time.
            boolean matches = hasher.matches(
                    currentPassword.length() > MAX_PRESENTED ? "" : currentPassword,
                    user.map(User::passwordHash).orElse(null));
            if (user.isEmpty()) {
                throw UserRequestException.notFound(caller.username());
            }
            if (!matches) {
                audit(
                        caller.username(),
                        "user.password",
                        caller.username(),
                        AuditOutcome.FAILURE,
                        "wrong current password",
                        sourceIp);
                throw UserRequestException.invalid(
                        List.of(new UserRequestException.FieldError("currentPassword", "is not correct")));
            }
            users.changePassword(user.get().username(), hasher.hash(newPassword));
            int revoked = refreshTokens.revokeAllOfUser(user.get().id(), clock.instant());
            record(
                    caller.username(),
                    "user.password",
                    user.get().username(),
                    "password changed; " + revoked + " refresh token(s) revoked",
                    sourceIp);
        }
    }

    private User existing(String username) throws SQLException {
        if (!User.isValidUsername(username)) {
            throw UserRequestException.notFound(username);
        }
        return users.findByUsername(username).orElseThrow(() -> UserRequestException.notFound(username));
    }

    private long otherEnabledAdmins(User user) throws SQLException {
        return users.findAll().stream()
                .filter(other -> other.role() == Role.ADMIN
                        && !other.disabled()
                        && !other.id().equals(user.id()))
                .count();
    }

    private static boolean checkUsername(String username, List<UserRequestException.FieldError> errors) {
        if (username == null || username.isEmpty()) {
            errors.add(new UserRequestException.FieldError("username", "is required"));
            return false;
        }
        if (!User.isValidUsername(username)) {
            errors.add(new UserRequestException.FieldError(
                    "username", "must be 1 to 64 letters, digits, '.', '_', '-' or '@'"));
            return false;
        }
        return true;
    }

    private static Role parseRole(String role, boolean required, List<UserRequestException.FieldError> errors) {
        if (role == null) {
            if (required) {
                errors.add(new UserRequestException.FieldError("role", "is required: viewer, trader or admin"));
            }
            return null;
        }
        try {
            return Role.ofExternalName(role);
        } catch (IllegalArgumentException unknown) {
            errors.add(new UserRequestException.FieldError("role", "must be viewer, trader or admin"));
            return null;
        }
    }

    private void checkPassword(String username, String password, List<UserRequestException.FieldError> errors) {
        for (PasswordPolicy.Violation violation : policy.check(username, password)) {
            errors.add(new UserRequestException.FieldError("password", violation.message()));
        }
    }

    private static UserRequestException taken(String username) {
        return UserRequestException.conflict(
                "username", "username '" + AuthService.printableUsername(username) + "' is already taken");
    }

    private void record(String actor, String action, String target, String detail, String sourceIp)
            throws SQLException {
        audit(actor, action, target, AuditOutcome.SUCCESS, detail, sourceIp);
    }

    private void audit(String actor, String action, String target, AuditOutcome outcome, String detail, String sourceIp)
            throws SQLException {
        audit.append(new AuditEntry(clock.instant(), actor, action, target, outcome, detail, sourceIp));
    }
}
