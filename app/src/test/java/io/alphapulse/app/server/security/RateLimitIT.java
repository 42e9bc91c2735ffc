package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditOutcome;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.audit.LoggedAuditEntry;
import io.alphapulse.infra.store.users.Role;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Login throttling, the per-user API rate and the body size limit over real HTTP against the whole
 * server. The test's loopback address is a trusted proxy here, so {@code X-Forwarded-For} plays the
 * client addresses; the lockout is shortened to 3 s and the API rate to a burst of 5 so the limits are
 * reached quickly.
 */
class RateLimitIT extends LiveServerTest {

    private static final String PASSWORD = "rate-limit operator password";
    private static final String USER_PASSWORD = "a long enough user password";
    private static final Path DATA = dataDirectory("alphapulse-ratelimit");

    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
        registry.add("alphapulse.security.trusted-proxies", () -> "127.0.0.1,0:0:0:0:0:0:0:1");
        registry.add("alphapulse.security.rate-limit.login-lockout", () -> "3s");
        registry.add("alphapulse.security.rate-limit.login-max-lockout", () -> "3s");
        registry.add("alphapulse.security.rate-limit.login-attempts-per-ip-per-minute", () -> "10");
        registry.add("alphapulse.security.rate-limit.api-burst", () -> "5");
        registry.add("alphapulse.security.rate-limit.api-per-second", () -> "1");
    }

    @BeforeAll
    void createUsers() throws Exception {
        for (String name : List.of("alice", "bob", "carol", "dave")) {
            createUser(name, Role.VIEWER, USER_PASSWORD);
        }
    }

    @Test
    void wrongPasswords_areThrottledWellBefore30Attempts_butAnotherUserStillLogsIn() throws Exception {
        int firstThrottled = -1;
        HttpResponse<String> throttled = null;
        for (int attempt = 1; attempt <= 30 && firstThrottled < 0; attempt++) {
            HttpResponse<String> response = login("alice", "wrong password " + attempt, "203.0.113.1");
            if (response.statusCode() == 429) {
                firstThrottled = attempt;
                throttled = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(401);
            }
        }
        assertThat(firstThrottled).isEqualTo(6);
        assertThrottledProblem(throttled);
        assertThat(throttled.body()).doesNotContain("alice");

        // Locked: even the correct password is not checked, from this address or another.
        assertThat(login("alice", USER_PASSWORD, "203.0.113.1").statusCode()).isEqualTo(429);
        assertThat(login("alice", USER_PASSWORD, "198.51.100.7").statusCode()).isEqualTo(429);
        // Another user from the hammering address is not locked out.
        assertThat(login("bob", USER_PASSWORD, "203.0.113.1").statusCode()).isEqualTo(200);

        // The lockout is short: once it has passed, the correct password works from another address.
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> login("alice", USER_PASSWORD, "198.51.100.7").statusCode() == 200);

        List<LoggedAuditEntry> denied =
                audit.find(AuditQuery.newest(100).byActor("alice").byAction("auth.login"));
        assertThat(denied).anySatisfy(logged -> {
            assertThat(logged.entry().outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(logged.entry().detail()).isEqualTo("throttled");
        });
    }

    @Test
    void anUnknownUser_isThrottledAlike() throws Exception {
        HttpResponse<String> last = null;
        for (int attempt = 1; attempt <= 6; attempt++) {
            last = login("nobody-here", "wrong password", "203.0.113.50");
        }
        assertThrottledProblem(last);
        assertThat(last.body()).doesNotContain("nobody-here");
    }

    @Test
    void oneAddress_isThrottledForEveryAccount_otherAddressesAreNot() throws Exception {
        int firstThrottled = -1;
        for (int attempt = 1; attempt <= 30 && firstThrottled < 0; attempt++) {
            // A different name each time: no account gets near its lockout; only the address bucket counts.
            HttpResponse<String> response = login("sprayed" + attempt, "wrong password", "203.0.113.9");
            if (response.statusCode() == 429) {
                firstThrottled = attempt;
                assertThrottledProblem(response);
            }
        }
        assertThat(firstThrottled).isBetween(11, 15);
        assertThat(login("carol", USER_PASSWORD, "203.0.113.10").statusCode()).isEqualTo(200);
    }

    @Test
    void apiRequests_beyondTheBurst_get429_perUser() throws Exception {
        String token = accessToken("dave", "198.51.100.20");
        int firstLimited = -1;
        HttpResponse<String> limited = null;
        for (int request = 1; request <= 50 && firstLimited < 0; request++) {
            HttpResponse<String> response = send("GET", "/api/market/prices", null, bearer(token));
            if (response.statusCode() == 429) {
                firstLimited = request;
                limited = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
        }
        assertThat(firstLimited).as("the 6th request or soon after").isBetween(6, 50);
        assertThrottledProblem(limited);

        // Another user's bucket is untouched.
        String other = accessToken("bob", "198.51.100.21");
        HttpResponse<String> theirs = send("GET", "/api/market/prices", null, bearer(other));
        assertThat(theirs.statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedBodies_get413Problems_andSmallChunkedBodiesGetThrough() throws Exception {
        String big = "{\"username\":\"admin\",\"password\":\"" + "x".repeat(70 * 1024) + "\"}";
        HttpResponse<String> declared = send("POST", "/api/auth/login", big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertProblem(declared, 413);

        byte[] bigBytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = sendRaw(HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigBytes))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertProblem(chunked, 413);

        byte[] small =
                ("{\"username\":\"carol\",\"password\":\"" + USER_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> smallChunked = sendRaw(HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100.30")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));
        assertThat(smallChunked.statusCode()).as(smallChunked.body()).isEqualTo(200);
    }

    private void assertThrottledProblem(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(429);
        assertProblem(response, 429);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    private void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private String accessToken(String username, String address) throws Exception {
        HttpResponse<String> response = login(username, USER_PASSWORD, address);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("accessToken").asString();
    }

    /** Logs in as if from {@code address}: the loopback proxy is trusted, so X-Forwarded-For counts. */
    private HttpResponse<String> login(String username, String password, String address) throws Exception {
        return send(
                "POST",
                "/api/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                "X-Forwarded-For",
                address);
    }

    /** For bodies of unknown length (chunked), which {@link #send} does not make. */
    private HttpResponse<String> sendRaw(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
