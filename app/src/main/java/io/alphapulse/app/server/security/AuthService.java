package io.alphapulse.app.server.security;

import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.users.RefreshToken;
import io.alphapulse.infra.store.users.RefreshTokenRepository;
import io.alphapulse.infra.store.users.TokenHash;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins, refresh-token rotation and logout. Refresh tokens are 256 random bits, handed out once and
 * stored as their SHA-256 only; each use rotates the token, and presenting an already rotated token
 * (a sign it was copied) revokes its whole family. Every outcome goes to the audit log.
 */
public final class AuthService {

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);

    /** How long a refresh token stays usable if it is never rotated. */
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(14);

    private static final int MAX_USERNAME = 64;
    private static final int MAX_PASSWORD = 1024;

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuthService(
            UserRepository users,
            RefreshTokenRepository refreshTokens,
            PasswordHasher hasher,
            AccessTokens accessTokens,
            AuditLog audit,
            LoginThrottle throttle,
            Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Tokens for a successful login, or empty; says nothing about which part was wrong.
     *
     * @throws LoginThrottle.ThrottledException when the account or {@code sourceIp} has failed too often
     *     lately; the password is not checked then
     */
    public Optional<Tokens> login(String username, String password, String sourceIp)
            throws SQLException, LoginThrottle.ThrottledException {
        try {
            throttle.admit(username, sourceIp);
        } catch (LoginThrottle.ThrottledException e) {
            record(sanitized(username), "auth.login", AuditOutcome.DENIED, "throttled", sourceIp);
            throw e;
        }
        if (username == null
                || password == null
                || username.length() > MAX_USERNAME
                || password.length() > MAX_PASSWORD) {
            hasher.matches("", null);
            throttle.failed(username);
            return Optional.empty();
        }
        Optional<User> found = users.findByUsername(username);
        boolean matches = hasher.matches(password, found.map(User::passwordHash).orElse(null));
        if (!matches || found.get().disabled()) {
            throttle.failed(username);
            record(
                    found.map(User::username).orElse(sanitized(username)),
                    "auth.login",
                    AuditOutcome.FAILURE,
                    found.isEmpty() ? "unknown user" : found.get().disabled() ? "user disabled" : "wrong password",
                    sourceIp);
            return Optional.empty();
        }
        User user = found.get();
        throttle.succeeded(username);
        return Optional.of(issue(user, null, sourceIp));
    }

    /**
     * Tokens for user {@code userId}, whom another login method (a passkey) has already authenticated:
     * the same tokens and audit entry as a password login, with {@code method} as the entry's detail.
     * Empty, and recorded as a failure, when the user is gone or disabled.
     */
    public Optional<Tokens> loginVerified(UUID userId, String method, String sourceIp) throws SQLException {
        Optional<User> found = users.findById(userId);
        if (found.isEmpty()) {
            loginFailed(userId.toString(), method, "unknown user", sourceIp);
            return Optional.empty();
        }
        return loginVerified(found.get(), method, sourceIp);
    }

    /** {@link #loginVerified(UUID, String, String)} for a user the caller has already read. */
    public Optional<Tokens> loginVerified(User user, String method, String sourceIp) throws SQLException {
        if (user.disabled()) {
            loginFailed(user.username(), method, "user disabled", sourceIp);
            return Optional.empty();
        }
        return Optional.of(issue(user, method, sourceIp));
    }

    /** Records a failed login by {@code method} (e.g. a passkey that did not verify) and why. */
    public void loginFailed(String actor, String method, String reason, String sourceIp) {
        record(actor == null ? "?" : actor, "auth.login", AuditOutcome.FAILURE, method + ": " + reason, sourceIp);
    }

    private Tokens issue(User user, String method, String sourceIp) throws SQLException {
        String refresh = newRefreshToken();
        Instant now = clock.instant();
        refreshTokens.issue(user.id(), hash(refresh), now, now.plus(REFRESH_LIFETIME));
        record(user.username(), "auth.login", AuditOutcome.SUCCESS, method, sourceIp);
        return tokens(user, refresh);
    }

    /** New tokens for a valid refresh token, which is spent; empty when it is unknown, expired or reused. */
    public Optional<Tokens> refresh(String refreshToken, String sourceIp) throws SQLException {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 256) {
            return Optional.empty();
        }
        TokenHash presented = hash(refreshToken);
        String next = newRefreshToken();
        Instant now = clock.instant();
        Optional<RefreshToken> rotated = refreshTokens.rotate(presented, hash(next), now, now.plus(REFRESH_LIFETIME));
        if (rotated.isEmpty()) {
            Optional<RefreshToken> known = refreshTokens.findByHash(presented);
            if (known.isPresent() && known.get().revokedAt() != null) {
                int revoked = refreshTokens.revokeFamily(known.get().familyId(), now);
                log.warn("A spent refresh token was presented again; revoked {} token(s) of its family", revoked);
                record(
                        userName(known.get().userId()),
                        "auth.refresh",
                        AuditOutcome.DENIED,
                        "reused refresh token: family revoked",
                        sourceIp);
            }
            return Optional.empty();
        }
        Optional<User> user = users.findById(rotated.get().userId());
        if (user.isEmpty() || user.get().disabled()) {
            refreshTokens.revokeFamily(rotated.get().familyId(), now);
            return Optional.empty();
        }
        record(user.get().username(), "auth.refresh", AuditOutcome.SUCCESS, null, sourceIp);
        return Optional.of(tokens(user.get(), next));
    }

    /**
     * Ends {@code user}'s session: revokes the family of {@code refreshToken} when it is the user's, or
     * every refresh token of the user when none is given.
     */
    public void logout(CurrentUser user, String refreshToken, String sourceIp) throws SQLException {
        Instant now = clock.instant();
        if (refreshToken == null || refreshToken.isBlank()) {
            refreshTokens.revokeAllOfUser(user.id(), now);
        } else {
            Optional<RefreshToken> known = refreshTokens.findByHash(hash(refreshToken));
            if (known.isPresent() && known.get().userId().equals(user.id())) {
                refreshTokens.revokeFamily(known.get().familyId(), now);
            }
        }
        record(user.username(), "auth.logout", AuditOutcome.SUCCESS, null, sourceIp);
    }

    private Tokens tokens(User user, String refresh) {
        AccessTokens.IssuedAccessToken access = accessTokens.issue(user);
        long expiresIn = Duration.between(clock.instant(), access.expiresAt()).toSeconds();
        return new Tokens(access.token(), refresh, "Bearer", expiresIn);
    }

    private String userName(UUID id) throws SQLException {
        return users.findById(id).map(User::username).orElse(id.toString());
    }

    private void record(String actor, String action, AuditOutcome outcome, String detail, String sourceIp) {
        try {
            audit.append(new AuditEntry(clock.instant(), actor, action, null, outcome, detail, sourceIp));
        } catch (SQLException | RuntimeException e) {
            // The login itself must not fail because the audit write did; say so loudly instead.
            log.error("Could not write audit entry {} {} for {}: {}", action, outcome, actor, e.toString());
        }
    }

    /** A username from a request, made safe to echo: at most 64 characters of the allowed ones. */
    public static String printableUsername(String username) {
        if (username == null) {
            return "";
        }
        String kept = username.replaceAll("[^A-Za-z0-9._@-]", "?");
        return kept.substring(0, Math.min(kept.length(), MAX_USERNAME));
    }

    /** A username from a request as the audit log records it: printable, and "?" for none. */
    private static String sanitized(String username) {
        String kept = printableUsername(username);
        return kept.isEmpty() ? "?" : kept;
    }

    private String newRefreshToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static TokenHash hash(String token) {
        try {
            return TokenHash.of(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** What login and refresh answer (ARCHITECTURE.md §6); {@code expiresIn} in seconds. */
    public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {
        @Override
        public String toString() {
            return "Tokens[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
        }
    }
}
