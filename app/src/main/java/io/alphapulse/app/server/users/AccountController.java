package io.alphapulse.app.server.users;

import io.alphapulse.app.server.security.ClientAddresses;
import io.alphapulse.app.server.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/user}: the caller's own profile and password, for every logged-in user. */
@RestController
@RequestMapping("/api/user")
@Tag(name = "account", description = "The caller's own profile and password")
class AccountController {

    private final UserAdministration administration;
    private final ClientAddresses clientAddresses;

    AccountController(UserAdministration administration, ClientAddresses clientAddresses) {
        this.administration = administration;
        this.clientAddresses = clientAddresses;
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    @GetMapping("/profile")
    @Operation(summary = "The caller's username, role and creation time")
    UserAdministration.UserView profile(@Parameter(hidden = true) CurrentUser user) throws SQLException {
        return administration.profile(user);
    }

    @PutMapping("/password")
    @Operation(
            summary = "Change the caller's password (the current one is checked); every session of the"
                    + " caller must log in again")
    ResponseEntity<Void> changePassword(
            @Parameter(hidden = true) CurrentUser user, @RequestBody PasswordChange body, HttpServletRequest request)
            throws SQLException {
        administration.changeOwnPassword(user, body.currentPassword(), body.newPassword(), clientAddresses.of(request));
        return ResponseEntity.noContent().build();
    }
}
