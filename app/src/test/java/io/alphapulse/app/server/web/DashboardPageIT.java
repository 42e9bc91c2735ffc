package io.alphapulse.app.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.alphapulse.app.server.live.FakeLiveView;
import io.alphapulse.app.server.live.PriceView;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's script in a real browser, with the server played by the test: pages and fragments
 * rendered by the real controllers and templates over a {@link FakeLiveView}, the auth endpoints and the
 * WebSocket answered here, so each exchange can be checked (token handling, the WebSocket handshake,
 * live updates). {@link DashboardBrowserIT} runs the same page against the whole server.
 */
@RequiresChromium
class DashboardPageIT {

    private static final String ORIGIN = "http://dashboard.test";
    private static final String PASSWORD = "correct horse";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TS = 1_763_715_845_000L;

    private final FakeLiveView live = new FakeLiveView();
    private final MockMvc mvc = WebTemplates.mockMvc(
            new CurrentUser(UUID.randomUUID(), "alice", Role.VIEWER),
            new DashboardController(),
            new DashboardFragments(live));

    /** The access token the fake server accepts now; a refresh rotates it. */
    private final AtomicReference<String> validAccessToken = new AtomicReference<>();

    private final List<String> fragmentAuthorizations = new CopyOnWriteArrayList<>();
    private final List<String> refreshTokensPresented = new CopyOnWriteArrayList<>();
    private final List<String> logouts = new CopyOnWriteArrayList<>();
    private final List<String> socketMessages = new CopyOnWriteArrayList<>();
    private final AtomicReference<WebSocketRoute> socket = new AtomicReference<>();
    private final AtomicInteger connections = new AtomicInteger();
    private int tokenGeneration;

    private Playwright playwright;
    private Browser browser;
    private Page page;

    @BeforeEach
    void openBrowser() {
        live.prices.add(price("BTC-USDT", "43251.5"));
        live.prices.add(price("ETH-USDT", "2310.25"));
        playwright = ChromiumCondition.playwright();
        browser = ChromiumCondition.launch(playwright);
        page = browser.newPage();
        page.route(ORIGIN + "/**", this::serve);
        page.routeWebSocket(ORIGIN.replace("http", "ws") + "/ws", ws -> {
            socket.set(ws);
            connections.incrementAndGet();
            ws.onMessage(frame -> {
                socketMessages.add(frame.text());
                if (frame.text().contains("\"op\":\"auth\"")) {
                    ws.send("{\"topic\":\"system\",\"type\":\"authenticated\",\"ts\":" + TS
                            + ",\"data\":{\"username\":\"alice\"}}");
                }
            });
        });
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @Test
    void login_opensTheDashboard_andEveryFragmentCarriesTheBearerToken() {
        signIn();

        assertThat(page.getByTestId("current-user")).hasText("alice");
        assertThat(page.getByTestId("price-BTC-USDT")).hasText("43,251.50");
        assertThat(page.getByTestId("portfolio-equity")).hasText("100,000.00");
        assertThat(page.getByText("No open positions.")).isVisible();
        assertThat(fragmentAuthorizations).isNotEmpty().allMatch(("Bearer " + validAccessToken.get())::equals);
        assertThat(page.evaluate("() => location.href")).isEqualTo(ORIGIN + "/");
    }

    @Test
    void wrongPassword_showsAnAlert_andStaysOnTheLoginPage() {
        page.navigate(ORIGIN + "/login");
        page.getByLabel("Username").fill("alice");
        page.getByLabel("Password").fill("wrong");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");
        assertThat(page.evaluate("() => sessionStorage.getItem('alphapulse.session')"))
                .isNull();
    }

    @Test
    void withoutASession_theDashboardSendsToTheLoginPage() {
        page.navigate(ORIGIN + "/");

        page.waitForURL(ORIGIN + "/login");
        assertThat(fragmentAuthorizations).isEmpty();
    }

    @Test
    void webSocket_authenticatesFirst_thenSubscribes() throws Exception {
        signIn();

        assertThat(socketMessages).hasSizeGreaterThanOrEqualTo(2);
        JsonNode auth = JSON.readTree(socketMessages.get(0));
        assertThat(auth.get("op").asString()).isEqualTo("auth");
        assertThat(auth.get("token").asString()).isEqualTo(validAccessToken.get());
        JsonNode subscribe = JSON.readTree(socketMessages.get(1));
        assertThat(subscribe.get("op").asString()).isEqualTo("subscribe");
        assertThat(subscribe.get("topics").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("prices", "portfolio", "orders", "trades", "signals");
    }

    @Test
    void priceMessages_updateTheRow_andFlashTheDirection() {
        signIn();
        Locator btc = page.getByTestId("price-BTC-USDT");

        socket.get().send(priceMessage("BTC-USDT", 43300.125, 0.11));
        assertThat(btc).hasText("43,300.125");
        assertThat(btc).hasClass(Pattern.compile("flash-up"));

        socket.get().send(priceMessage("BTC-USDT", 43000, -0.58));
        assertThat(btc).hasText("43,000.00");
        assertThat(btc).hasClass(Pattern.compile("flash-down"));
        Locator row = page.locator("tr[data-key='sim:BTC-USDT']");
        assertThat(row.locator("[data-field=changePct]")).hasText("−0.58%");
        assertThat(row.locator("[data-field=changePct]")).hasClass(Pattern.compile("down"));
        assertThat(page.getByTestId("price-ETH-USDT")).hasText("2,310.25");
    }

    @Test
    void aPriceForANewInstrument_rendersThePricesAgain() {
        signIn();
        live.prices.add(price("SOL-USDT", "187.4"));

        socket.get().send(priceMessage("SOL-USDT", 187.4, 0));

        assertThat(page.getByTestId("price-SOL-USDT"))
                .hasText("187.40", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
    }

    @Test
    void portfolioMessages_updateTheSummary_andExtendTheEquityChart() {
        signIn();
        page.waitForFunction("() => Chart.getChart('equity-chart')?.data.datasets[0].data.length === 3");

        socket.get()
                .send("{\"topic\":\"portfolio\",\"type\":\"snapshot\",\"ts\":" + (TS + 180_000)
                        + ",\"data\":{\"currency\":\"USDT\",\"equity\":100250.5,\"cash\":40000,\"realizedPnl\":12.5,"
                        + "\"unrealizedPnl\":-3.25,\"dayPnl\":250.5,\"fees\":1.2,\"accounts\":[],\"positions\":[],"
                        + "\"ts\":" + (TS + 180_000) + "}}");

        assertThat(page.getByTestId("portfolio-equity")).hasText("100,250.50");
        assertThat(page.getByTestId("portfolio-cash")).hasText("40,000.00");
        assertThat(page.locator("#portfolio [data-field=unrealizedPnl]")).hasText("−3.25");
        assertThat(page.locator("#portfolio [data-field=dayPnl]")).hasClass(Pattern.compile("up"));
        page.waitForFunction("() => Chart.getChart('equity-chart').data.datasets[0].data.length === 4");
    }

    @Test
    void anOrderMessage_reloadsTheOrders() {
        signIn();
        assertThat(page.getByText("No orders yet.")).isVisible();
        live.orders.add(new io.alphapulse.app.server.live.OrderView(
                "ord-1",
                null,
                "sim",
                "BTC-USDT",
                "buy",
                "market",
                "gtc",
                new BigDecimal("0.1"),
                null,
                null,
                null,
                "accepted",
                BigDecimal.ZERO,
                null,
                "ensemble",
                null,
                TS,
                TS,
                null));

        socket.get().send("{\"topic\":\"orders\",\"type\":\"accepted\",\"ts\":" + TS + ",\"data\":{\"id\":\"ord-1\"}}");

        assertThat(page.locator("tr[data-order-id='ord-1']")).isVisible();
    }

    @Test
    void aRefusedAccessToken_isRefreshed_andTheFragmentsReloadWithTheNewOne() {
        signIn();
        String before = validAccessToken.get();
        rotateAccessToken(); // the server no longer takes the browser's access token

        socket.get().send("{\"topic\":\"orders\",\"type\":\"accepted\",\"ts\":" + TS + ",\"data\":{}}");

        page.waitForCondition(() -> !refreshTokensPresented.isEmpty());
        page.waitForCondition(() -> fragmentAuthorizations.getLast().equals("Bearer " + validAccessToken.get()));
        assertThat(validAccessToken.get()).isNotEqualTo(before);
        assertThat(refreshTokensPresented).containsExactly("refresh-1");
        assertThat(page.evaluate("() => location.pathname")).isEqualTo("/");
        // The open WebSocket is re-authenticated with the new token, so the server keeps it open.
        page.waitForCondition(() -> socketMessages.getLast().contains(validAccessToken.get()));
        assertThat(connections.get()).isEqualTo(1);
    }

    @Test
    void aSocketClosedForAnExpiredToken_reconnectsWithAFreshOne() {
        signIn();
        rotateAccessToken(); // the token the socket used is no longer valid

        socket.get().close(new WebSocketRoute.CloseOptions().setCode(1008).setReason("token_expired"));

        assertThat(page.getByTestId("connection-state")).hasText("Offline — reconnecting");
        page.waitForCondition(() -> connections.get() == 2);
        assertThat(refreshTokensPresented).containsExactly("refresh-1");
        assertThat(page.getByTestId("connection-state")).hasText("Live");
        page.waitForCondition(() -> socketMessages.stream()
                .anyMatch(message -> message.contains("\"auth\"") && message.contains(validAccessToken.get())));
    }

    @Test
    void logout_revokesTheRefreshToken_andForgetsTheSession() {
        signIn();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        page.waitForURL(ORIGIN + "/login");
        assertThat(logouts).containsExactly("refresh-1");
        assertThat(page.evaluate("() => sessionStorage.getItem('alphapulse.session')"))
                .isNull();
    }

    private void signIn() {
        page.navigate(ORIGIN + "/login");
        page.getByLabel("Username").fill("alice");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        page.waitForURL(ORIGIN + "/");
        assertThat(page.getByTestId("connection-state")).hasText("Live");
        assertThat(page.getByTestId("price-BTC-USDT")).isVisible();
    }

    /** The fake server: real pages and fragments, static assets from the classpath, fake auth. */
    private void serve(Route route) {
        try {
            URI uri = URI.create(route.request().url());
            String path = uri.getPath();
            String method = route.request().method();
            if (method.equals("POST") && path.equals("/api/auth/login")) {
                JsonNode body = JSON.readTree(route.request().postData());
                if (body.get("username").asString().equals("alice")
                        && body.get("password").asString().equals(PASSWORD)) {
                    json(route, 200, tokens());
                } else {
                    json(route, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
                }
            } else if (method.equals("POST") && path.equals("/api/auth/refresh")) {
                refreshTokensPresented.add(JSON.readTree(route.request().postData())
                        .get("refreshToken")
                        .asString());
                json(route, 200, tokens());
            } else if (method.equals("POST") && path.equals("/api/auth/logout")) {
                logouts.add(JSON.readTree(route.request().postData())
                        .get("refreshToken")
                        .asString());
                route.fulfill(new Route.FulfillOptions().setStatus(204));
            } else if (path.equals("/api/portfolio/history")) {
                if (authorized(route)) {
                    json(
                            route,
                            200,
                            "[{\"ts\":" + TS + ",\"equity\":100000,\"cash\":100000},"
                                    + "{\"ts\":" + (TS + 60_000) + ",\"equity\":100100,\"cash\":100000},"
                                    + "{\"ts\":" + (TS + 120_000) + ",\"equity\":100050,\"cash\":100000}]");
                }
            } else if (path.startsWith("/ui/fragments/")) {
                fragmentAuthorizations.add(String.valueOf(route.request().headerValue("authorization")));
                if (authorized(route)) {
                    html(route, mvc.perform(get(path)).andReturn().getResponse());
                }
            } else if (path.equals("/") || path.equals("/login")) {
                html(route, mvc.perform(get(path)).andReturn().getResponse());
            } else if (path.startsWith("/webjars/")) {
                resource(route, "META-INF/resources" + path);
            } else {
                resource(route, "static" + path);
            }
        } catch (Exception e) {
            route.fulfill(new Route.FulfillOptions().setStatus(500).setBody(e.toString()));
        }
    }

    private boolean authorized(Route route) {
        String header = route.request().headerValue("authorization");
        if (header != null && header.equals("Bearer " + validAccessToken.get())) {
            return true;
        }
        json(route, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
        return false;
    }

    private String tokens() {
        tokenGeneration++;
        String access = rotateAccessToken();
        return "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"refresh-" + tokenGeneration
                + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}";
    }

    /** A token shaped like the server's (header.claims.signature) with a fresh id. */
    private String rotateAccessToken() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"sub\":\"" + UUID.randomUUID() + "\",\"username\":\"alice\",\"role\":\"viewer\"}";
        String token = encoder.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        validAccessToken.set(token);
        return token;
    }

    private static void json(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType(status >= 400 ? "application/problem+json" : "application/json")
                .setBody(body));
    }

    private static void html(Route route, MockHttpServletResponse response) throws IOException {
        route.fulfill(new Route.FulfillOptions()
                .setStatus(response.getStatus())
                .setContentType("text/html;charset=UTF-8")
                .setBody(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    private static void resource(Route route, String name) {
        try (InputStream in = DashboardPageIT.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                route.fulfill(new Route.FulfillOptions().setStatus(404));
                return;
            }
            String type = name.endsWith(".css") ? "text/css" : "text/javascript";
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(200)
                    .setHeaders(Map.of("Content-Type", type))
                    .setBodyBytes(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PriceView price(String symbol, String last) {
        BigDecimal value = new BigDecimal(last);
        return new PriceView("sim", symbol, value, null, null, value, 0, BigDecimal.ONE, TS);
    }

    private static String priceMessage(String symbol, double last, double changePct) {
        return "{\"topic\":\"prices\",\"type\":\"price\",\"ts\":" + TS + ",\"data\":{\"venue\":\"sim\",\"symbol\":\""
                + symbol + "\",\"last\":" + last + ",\"bid\":" + (last - 0.5) + ",\"ask\":" + (last + 0.5)
                + ",\"open\":43251.5,\"changePct\":" + changePct + ",\"volume\":1,\"ts\":" + TS + "}}";
    }
}
