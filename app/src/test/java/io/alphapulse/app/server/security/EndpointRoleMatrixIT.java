package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.app.server.capture.SecurityCapture;
import io.alphapulse.infra.store.users.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Every endpoint the running server maps, called by every kind of caller: anonymous, a viewer, a trader
 * and an admin with access tokens, and API keys scoped to each role (ARCHITECTURE.md §6,
 * {@code SecurityConfiguration}). Anonymous calls to protected endpoints get 401, calls below the needed
 * role 403, both as problem bodies; allowed calls get anything but 401, 403 or a 5xx.
 *
 * <p>{@link #EXPECTED} lists each endpoint once with who may call it. The test fails for an endpoint the
 * server maps that the table does not list, so a new endpoint cannot ship without a decision about who may
 * call it, and for a listed endpoint the server no longer maps.
 */
class EndpointRoleMatrixIT extends LiveServerTest {

    /** Who may call an endpoint, from least to most privileged. */
    enum Access {
        PUBLIC,
        AUTHENTICATED,
        VIEWER,
        TRADER,
        ADMIN
    }

    /** One endpoint: what it needs, and a minimal body that gets past the security checks. */
    record Expected(Access access, String body) {}

    private static final String ID = "7c3a2f4e-1d2b-4c5a-9e8f-0a1b2c3d4e5f";
    private static final String DRY_RUN = "{\"targets\":{\"BTC-USDT\":0.1},\"dryRun\":true}";

    /**
     * The access table: {@code METHOD path-pattern} as Spring maps it ({@code ANY} for a mapping without a
     * method). Bodies are deliberately incomplete where a complete one would change state.
     */
    private static final Map<String, Expected> EXPECTED = table(
            // Public: health, login, refresh, key set, WebSocket upgrade, dashboard shell, API docs, errors
            row("GET /actuator/health", Access.PUBLIC),
            row("GET /actuator/health/**", Access.PUBLIC),
            row("POST /api/auth/login", Access.PUBLIC, "{}"),
            row("POST /api/auth/refresh", Access.PUBLIC, "{}"),
            row("POST /api/auth/passkey/options", Access.PUBLIC, "{}"),
            row("POST /api/auth/passkey/login", Access.PUBLIC, "{}"),
            row("POST /api/user/passkeys/registration/options", Access.AUTHENTICATED, "{}"),
            row("POST /api/user/passkeys/registration", Access.AUTHENTICATED, "{}"),
            row("GET /api/user/passkeys", Access.AUTHENTICATED),
            row("DELETE /api/user/passkeys/{id}", Access.AUTHENTICATED),
            row("GET /.well-known/jwks.json", Access.PUBLIC),
            row("GET /ws", Access.PUBLIC),
            row("GET /", Access.PUBLIC),
            row("GET /login", Access.PUBLIC),
            row("GET /v3/api-docs", Access.PUBLIC),
            row("GET /v3/api-docs/swagger-config", Access.PUBLIC),
            row("GET /v3/api-docs.yaml", Access.PUBLIC),
            row("GET /swagger-ui.html", Access.PUBLIC),
            row("ANY /error", Access.PUBLIC),
            // Any signed-in user: their session, password and API keys
            row("POST /api/auth/logout", Access.AUTHENTICATED, "{}"),
            row("PUT /api/user/password", Access.AUTHENTICATED, "{}"),
            row("GET /api/user/api-keys", Access.AUTHENTICATED),
            row("POST /api/user/api-keys", Access.AUTHENTICATED, "{}"),
            row("DELETE /api/user/api-keys/{id}", Access.AUTHENTICATED),
            // Viewer: reads
            row("GET /api/user/profile", Access.VIEWER),
            row("GET /api/market/prices", Access.VIEWER),
            row("GET /api/market/history", Access.VIEWER),
            row("GET /api/market/indicators", Access.VIEWER),
            row("GET /api/portfolio/summary", Access.VIEWER),
            row("GET /api/portfolio/positions", Access.VIEWER),
            row("GET /api/portfolio/history", Access.VIEWER),
            row("POST /api/portfolio/rebalance", Access.VIEWER, DRY_RUN),
            row("GET /api/exchange/balance", Access.VIEWER),
            row("GET /api/exchange/orders", Access.VIEWER),
            row("GET /api/exchange/orders/{id}", Access.VIEWER),
            row("GET /api/signals", Access.VIEWER),
            row("GET /api/trades", Access.VIEWER),
            row("GET /api/strategies", Access.VIEWER),
            row("GET /api/controls", Access.VIEWER),
            row("GET /api/backtest/{id}", Access.VIEWER),
            row("GET /api/user/credentials", Access.VIEWER),
            row("GET /api/system/status", Access.VIEWER),
            row("GET /api/system/metrics", Access.VIEWER),
            row("GET /ui/fragments/prices", Access.VIEWER),
            row("GET /ui/fragments/portfolio", Access.VIEWER),
            row("GET /ui/fragments/positions", Access.VIEWER),
            row("GET /ui/fragments/orders", Access.VIEWER),
            row("GET /ui/fragments/trades", Access.VIEWER),
            row("GET /ui/fragments/signals", Access.VIEWER),
            // Trader: trading, strategies, controls, backtests, own exchange credentials
            row("POST /api/exchange/order", Access.TRADER, "{}"),
            row("DELETE /api/exchange/orders/{id}", Access.TRADER),
            row("PUT /api/strategies/{name}", Access.TRADER, "{}"),
            row("POST /api/controls", Access.TRADER, "{}"),
            row("POST /api/backtest", Access.TRADER, "{}"),
            row("POST /api/user/credentials", Access.TRADER, "{}"),
            row("DELETE /api/user/credentials/{id}", Access.TRADER),
            // Admin: users, audit, metrics scrape, actuator
            row("GET /api/system/users", Access.ADMIN),
            row("POST /api/system/users", Access.ADMIN, "{}"),
            row("PUT /api/system/users/{username}", Access.ADMIN, "{}"),
            row("DELETE /api/system/users/{username}", Access.ADMIN),
            row("GET /api/system/audit", Access.ADMIN),
            row("GET /actuator", Access.ADMIN),
            row("GET /actuator/prometheus", Access.ADMIN));

    private static final String PASSWORD = "a long enough matrix password";
    private static final Path DATA = dataDirectory("alphapulse-matrix");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    ApplicationContext context;

    /** Caller name → its credential header (empty for anonymous) and role (null for anonymous). */
    private final Map<String, Caller> callers = new LinkedHashMap<>();

    private record Caller(Role role, String[] headers) {}

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @BeforeAll
    void createCallers() throws Exception {
        createUser("vic", Role.VIEWER, PASSWORD);
        createUser("tara", Role.TRADER, PASSWORD);
        String admin = login("admin", PASSWORD);
        callers.put("anonymous", new Caller(null, bearer(null)));
        callers.put("viewer", new Caller(Role.VIEWER, bearer(login("vic", PASSWORD))));
        callers.put("trader", new Caller(Role.TRADER, bearer(login("tara", PASSWORD))));
        callers.put("admin", new Caller(Role.ADMIN, bearer(admin)));
        // The admin's keys, each scoped down to one role: a key acts with its own role, never its owner's.
        for (Role role : Role.values()) {
            HttpResponse<String> created = send(
                    "POST",
                    "/api/user/api-keys",
                    "{\"name\":\"matrix-" + role.externalName() + "\",\"role\":\"" + role.externalName() + "\"}",
                    bearer(admin));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String key = json.readTree(created.body()).get("key").asString();
            SecurityCapture.recordApiKey(key);
            callers.put(
                    role.externalName() + " API key",
                    new Caller(role, new String[] {ApiKeyAuthenticationFilter.HEADER, key}));
        }
    }

    @Test
    void everyMappedEndpoint_isInTheAccessTable_andEveryTableRowIsMapped() {
        Set<String> mapped = mappedEndpoints();

        assertThat(new TreeSet<>(mapped))
                .as("endpoints the server maps but the access table does not classify; add a row to EXPECTED")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(new TreeSet<>(EXPECTED.keySet()))
                .as("access table rows the server no longer maps; remove them from EXPECTED")
                .isSubsetOf(mapped);
    }

    @TestFactory
    List<DynamicTest> everyEndpoint_answersEveryCaller_asItsAccessAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((endpoint, expected) -> callers.forEach((name, caller) -> tests.add(dynamicTest(
                endpoint + " as " + name + " (" + expected.access() + ")", () -> check(endpoint, expected, caller)))));
        return tests;
    }

    private void check(String endpoint, Expected expected, Caller caller) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        String method = parts[0].equals("ANY") ? "GET" : parts[0];
        String path = VARIABLE.matcher(parts[1]).replaceAll(ID).replace("**", "liveness");
        HttpResponse<String> response = send(method, path, expected.body(), caller.headers());
        int status = response.statusCode();
        String what = method + " " + path + " -> " + status + " " + response.body();

        assertThat(status).as(what).isLessThan(500);
        if (expected.access() == Access.PUBLIC) {
            assertThat(status).as(what).isNotIn(401, 403);
        } else if (caller.role() == null) {
            assertThat(status).as(what).isEqualTo(401);
            assertProblem(response, what);
        } else if (!allows(expected.access(), caller.role())) {
            assertThat(status).as(what).isEqualTo(403);
            assertProblem(response, what);
        } else {
            assertThat(status).as(what).isNotIn(401, 403);
        }
    }

    private static boolean allows(Access access, Role role) {
        return switch (access) {
            case PUBLIC, AUTHENTICATED -> true;
            case VIEWER -> role.compareTo(Role.VIEWER) >= 0;
            case TRADER -> role.compareTo(Role.TRADER) >= 0;
            case ADMIN -> role == Role.ADMIN;
        };
    }

    private static void assertProblem(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
    }

    /**
     * {@code METHOD pattern} of every handler the running server maps: controllers, actuator endpoints and
     * URL-mapped handlers such as the WebSocket upgrade; static resource locations excepted.
     */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        for (AbstractUrlHandlerMapping mapping :
                context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (!(handler instanceof ResourceHttpRequestHandler)) {
                    endpoints.add("GET " + pattern);
                }
            });
        }
        return endpoints;
    }

    private static Map.Entry<String, Expected> row(String endpoint, Access access) {
        return row(endpoint, access, null);
    }

    private static Map.Entry<String, Expected> row(String endpoint, Access access, String body) {
        return Map.entry(endpoint, new Expected(access, body));
    }

    @SafeVarargs
    private static Map<String, Expected> table(Map.Entry<String, Expected>... rows) {
        Map<String, Expected> table = new LinkedHashMap<>();
        for (Map.Entry<String, Expected> row : rows) {
            if (table.put(row.getKey(), row.getValue()) != null) {
                throw new IllegalStateException("duplicate row " + row.getKey());
            }
        }
        return table;
    }
}
