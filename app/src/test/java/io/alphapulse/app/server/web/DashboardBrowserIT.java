package io.alphapulse.app.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.alphapulse.app.server.LiveServerTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real browser against the whole server (live paper trading on the synthetic market,
 * security, WebSocket): sign in through the login form, watch a price move, sign out.
 *
 * <p>With {@code ALPHAPULSE_SCREENSHOT} set (system property or environment variable) to a path, it also
 * saves a screenshot of the live dashboard there; a relative path is taken from the repository root, e.g.
 * {@code ALPHAPULSE_SCREENSHOT=docs/images/dashboard.png}.
 */
@RequiresChromium
class DashboardBrowserIT extends LiveServerTest {

    private static final String PASSWORD = "browser-" + UUID.randomUUID();
    private static final Path DATA_DIR = dataDirectory("alphapulse-browser-it");
    private static final double PRICE_MOVES_WITHIN_MILLIS = 20_000;
    /** 1-minute bars: the strategy can first trade at the next minute's close. */
    private static final double SCREENSHOT_TRADE_WAIT_MILLIS = 75_000;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry properties) {
        register(properties, DATA_DIR, PASSWORD);
        // Frequent snapshots, so the equity chart has a line within the test.
        properties.add("alphapulse.trading.snapshot-interval", () -> "1s");
    }

    @AfterAll
    static void removeDataDirectory() throws IOException {
        try (var files = Files.walk(DATA_DIR)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    void signedInUser_seesPricesMoveLive_andSignsOut() {
        String base = "http://127.0.0.1:" + port;
        try (Playwright playwright = ChromiumCondition.playwright();
                Browser browser = ChromiumCondition.launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 1000));
            List<Request> fragmentRequests = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/ui/fragments/")) {
                    fragmentRequests.add(request);
                }
            });

            // Without a session the dashboard sends the browser to the login page.
            page.navigate(base + "/");
            assertThat(page).hasURL(base + "/login", new PageAssertions.HasURLOptions().setTimeout(10_000));

            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill("not-the-password");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");

            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                    .click();
            assertThat(page).hasURL(base + "/", new PageAssertions.HasURLOptions().setTimeout(10_000));
            assertThat(page.getByTestId("connection-state"))
                    .hasText("Live", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            assertThat(page.getByTestId("current-user")).hasText("admin");
            assertThat(page.getByTestId("portfolio-equity"))
                    .hasText(Pattern.compile("\\d"), new LocatorAssertions.HasTextOptions().setTimeout(10_000));

            Locator btc = page.getByTestId("price-BTC-USDT");
            assertThat(btc).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            String first = btc.textContent().strip();
            assertThat(first).matches("[\\d,]+\\.\\d+");
            // Polls until the WebSocket has moved the price (the synthetic market ticks several times a second).
            assertThat(btc)
                    .not()
                    .hasText(first, new LocatorAssertions.HasTextOptions().setTimeout(PRICE_MOVES_WITHIN_MILLIS));

            // Tokens travel in headers only, never in URLs.
            assertThat(fragmentRequests).isNotEmpty();
            for (Request request : fragmentRequests) {
                assertThat(request.headers().get("authorization")).startsWith("Bearer ");
                assertThat(request.url()).doesNotContain("token");
            }

            screenshot(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page).hasURL(base + "/login", new PageAssertions.HasURLOptions().setTimeout(10_000));
            page.navigate(base + "/");
            assertThat(page).hasURL(base + "/login", new PageAssertions.HasURLOptions().setTimeout(10_000));
        }
    }

    /** Saves the live dashboard when {@code ALPHAPULSE_SCREENSHOT} names a file. */
    private static void screenshot(Page page) {
        String target = System.getProperty("ALPHAPULSE_SCREENSHOT", System.getenv("ALPHAPULSE_SCREENSHOT"));
        if (target == null || target.isBlank()) {
            return;
        }
        // A few equity snapshots and, if the strategy trades at the next bar close, a fill: the picture
        // should show the dashboard at work. Without a fill within the wait the picture is taken anyway.
        page.waitForFunction(
                "() => Chart.getChart('equity-chart')?.data.datasets[0].data.length >= 5",
                null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        try {
            page.locator("#trades tbody tr")
                    .first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(SCREENSHOT_TRADE_WAIT_MILLIS));
            page.waitForTimeout(3_000); // a few snapshots after the fill, for the equity line
        } catch (PlaywrightException noFill) {
            System.err.println("[SCREENSHOT] no fill within the wait: the picture shows no trades");
        }
        Path file = Path.of(target);
        if (!file.isAbsolute()) {
            file = repositoryRoot().resolve(file);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        System.err.println("[SCREENSHOT] " + file.toAbsolutePath().normalize());
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        return directory == null ? Path.of("").toAbsolutePath() : directory;
    }
}
