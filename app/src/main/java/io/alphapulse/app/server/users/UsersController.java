package io.alphapulse.app.server.users;

import io.alphapulse.app.server.security.ClientAddresses;
import io.alphapulse.app.server.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/system/users}: user management, for admins only (ARCHITECTURE.md §6). */
@RestController
@RequestMapping("/api/system/users")
@Tag(name = "users", description = "User management (admin)")
class UsersController {

    private final UserAdministration administration;
    private final ClientAddresses clientAddresses;

    UsersController(UserAdministration administration, ClientAddresses clientAddresses) {
        this.administration = administration;
        this.clientAddresses = clientAddresses;
    }

    record NewUser(String username, String password, String role) {
        @Override
        public String toString() {
            return "NewUser[username=" + username + ", role=" + role + "]";
        }
    }

    @GetMapping
    @Operation(summary = "Every user with role, creation time and whether disabled")
    List<UserAdministration.UserView> list() throws SQLException {
        return administration.list();
    }

    @PostMapping
    @Operation(summary = "Create a user; the password must meet the password policy")
    ResponseEntity<UserAdministration.UserView> create(
            @Parameter(hidden = true) CurrentUser admin, @RequestBody NewUser body, HttpServletRequest request)
            throws SQLException {
        UserAdministration.UserView created = administration.create(
                admin, body.username(), body.password(), body.role(), clientAddresses.of(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/{username}")
    @Operation(
            summary = "Change a user's password, role or disabled flag; a new password or disabling ends the"
                    + " user's sessions")
    UserAdministration.UserView update(
            @Parameter(hidden = true) CurrentUser admin,
            @PathVariable String username,
            @RequestBody UserAdministration.Changes body,
            HttpServletRequest request)
            throws SQLException {
        return administration.update(admin, username, body, clientAddresses.of(request));
    }

    @DeleteMapping("/{username}")
    @Operation(summary = "Delete a user with its sessions, API keys and exchange credentials")
    ResponseEntity<Void> delete(
            @Parameter(hidden = true) CurrentUser admin, @PathVariable String username, HttpServletRequest request)
            throws SQLException {
        administration.delete(admin, username, clientAddresses.of(request));
        return ResponseEntity.noContent().build();
    }
}
