package io.alphapulse.app.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.alphapulse.app.server.LiveServerTest;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passkeys in a real browser: Chromium's virtual authenticator (through the DevTools protocol) stands in
 * for a platform authenticator. A user signed in with a password adds a passkey on the dashboard, signs
 * out, and signs in again with the passkey alone.
 */
@RequiresChromium
class PasskeyBrowserIT extends LiveServerTest {

    private static final String PASSWORD = "browser-" + UUID.randomUUID();
    private static final Path DATA = dataDirectory("alphapulse-passkey-browser");
    private static final LocatorAssertions.IsVisibleOptions SOON =
            new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);
    private static final PageAssertions.HasURLOptions REDIRECT = new PageAssertions.HasURLOptions().setTimeout(10_000);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @Test
    void aPasskeyAddedOnTheDashboard_signsInWithoutAPassword() {
        // The relying party id is "localhost": the page must be served from that host, not 127.0.0.1.
        String base = "http://localhost:" + port;
        try (Playwright playwright = ChromiumCondition.playwright();
                Browser browser = ChromiumCondition.launch(playwright);
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            addVirtualAuthenticator(context.newCDPSession(page));

            page.navigate(base + "/login");
            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                    .click();
            assertThat(page).hasURL(base + "/", REDIRECT);

            assertThat(page.getByText("No passkeys yet")).isVisible(SOON);
            page.getByLabel("Name").fill("virtual key");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                    .click();
            assertThat(page.getByTestId("passkey-virtual key")).isVisible(SOON);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page).hasURL(base + "/login", REDIRECT);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))
                    .click();
            assertThat(page).hasURL(base + "/", REDIRECT);
            assertThat(page.getByTestId("current-user")).hasText("admin");
            assertThat(page.getByTestId("passkey-virtual key").locator("td").nth(2))
                    .not()
                    .hasText("—", new LocatorAssertions.HasTextOptions().setTimeout(10_000));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove passkey virtual key"))
                    .click();
            assertThat(page.getByTestId("passkey-virtual key"))
                    .not()
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
            assertThat(page.getByText("No passkeys yet")).isVisible(SOON);
        }
    }

    /** A CTAP2 platform authenticator that holds discoverable credentials and always verifies the user. */
    private static void addVirtualAuthenticator(CDPSession devTools) {
        devTools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject arguments = new JsonObject();
        arguments.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", arguments);
    }
}
