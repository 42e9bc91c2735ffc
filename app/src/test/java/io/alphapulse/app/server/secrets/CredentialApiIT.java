package io.alphapulse.app.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.app.server.capture.SecurityCapture;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.users.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Exchange credentials over the real server: stored sealed, shown masked, never returned or stored in
 * the clear, visible and deletable by their owner only, refused to viewers.
 */
class CredentialApiIT extends LiveServerTest {

    private static final String PASSWORD = "a long enough test password";
    private static final String API_KEY = "BNC-live-key-0123456789ABCD";
    private static final String SECRET = "exchange-secret-that-must-never-leak-42";
    private static final Path DATA = dataDirectory("alphapulse-credentials");

    private final List<String> responses = new ArrayList<>();

    @Autowired
    Database database;

    private String alice;
    private String bob;
    private String viewer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @BeforeAll
    void createUsersAndLogIn() throws Exception {
        SecurityCapture.recordExchangeCredential(API_KEY, SECRET);
        createUser("alice", Role.TRADER, PASSWORD);
        createUser("bob", Role.TRADER, PASSWORD);
        createUser("vera", Role.VIEWER, PASSWORD);
        alice = login("alice", PASSWORD);
        bob = login("bob", PASSWORD);
        viewer = login("vera", PASSWORD);
    }

    @Test
    void credentials_areMasked_ownerOnly_andNeverInTheClear() throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "/api/user/credentials",
                "{\"venue\":\"binance\",\"label\":\"main\",\"apiKey\":\"" + API_KEY + "\",\"secret\":\"" + SECRET
                        + "\"}",
                alice);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("apiKey").asString()).isEqualTo("****ABCD");
        assertThat(body.has("secret")).isFalse();
        String id = body.get("id").asString();

        HttpResponse<String> listed = call("GET", "/api/user/credentials", null, alice);
        assertThat(json.readTree(listed.body()).get(0).get("apiKey").asString()).isEqualTo("****ABCD");
        assertThat(json.readTree(call("GET", "/api/user/credentials", null, bob).body()))
                .isEmpty();
        assertThat(call("DELETE", "/api/user/credentials/" + id, null, bob).statusCode())
                .isEqualTo(404);
        assertThat(call(
                                "POST",
                                "/api/user/credentials",
                                "{\"venue\":\"binance\",\"label\":\"v\",\"apiKey\":\"k\",\"secret\":\"s\"}",
                                viewer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(
                                "POST",
                                "/api/user/credentials",
                                "{\"venue\":\"binance\",\"label\":\"main\",\"apiKey\":\"" + API_KEY
                                        + "\",\"secret\":\"x\"}",
                                alice)
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> badSecret = call(
                "POST",
                "/api/user/credentials",
                "{\"venue\":\"binance\",\"label\":\"other\",\"apiKey\":\"k\",\"secret\":\"has spaces in it\"}",
                alice);
        assertThat(badSecret.statusCode()).isEqualTo(422);
        assertThat(json.readTree(badSecret.body()).get("field").asString()).isEqualTo("secret");

        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM exchange_credentials")) {
            assertThat(rows.next()).isTrue();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                byte[] value = rows.getBytes(column);
                String text = value == null ? "" : new String(value, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain(SECRET).doesNotContain(API_KEY);
            }
        }
        assertThat(call("DELETE", "/api/user/credentials/" + id, null, alice).statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(
                        call("GET", "/api/user/credentials", null, alice).body()))
                .isEmpty();

        assertThat(responses)
                .noneMatch(response ->
                        response.contains(SECRET) || response.contains(API_KEY) || response.contains(PASSWORD));
    }

    /** Sends as {@code token}'s user and keeps the answer for the leak check. */
    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpResponse<String> response = send(method, path, body, bearer(token));
        responses.add(response.body());
        return response;
    }
}
