package io.alphapulse.app.server.security;

import io.alphapulse.infra.store.users.Role;
import java.util.Objects;
import java.util.UUID;

/**
 * The authenticated caller of a request or WebSocket session. Controllers take it as a method parameter
 * (resolved from the security context); it never carries a password or token.
 *
 * @param id the user's id: what ownership is checked against
 * @param username the user's name, for audit and display
 * @param role what the caller may do
 */
public record CurrentUser(UUID id, String username, Role role) {

    public CurrentUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the caller has {@code required} or a role above it (admin > trader > viewer). */
    public boolean has(Role required) {
        return role.compareTo(required) >= 0;
    }
}
