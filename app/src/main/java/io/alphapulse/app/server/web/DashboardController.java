package io.alphapulse.app.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's pages: the shell at {@code /} and the login page. Both are public and hold no data;
 * the shell's script fetches everything with the access token it keeps in session storage.
 */
@Controller
class DashboardController {

    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
