package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.app.server.capture.SecurityCapture;
import io.alphapulse.infra.store.users.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** API keys over the real server: shown once, scoped to a role, revocable, never in URLs. */
class ApiKeyIT extends LiveServerTest {

    private static final String PASSWORD = "a long enough test password";
    private static final Path DATA = dataDirectory("alphapulse-apikeys");

    private String trader;
    private String viewer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @BeforeAll
    void createUsers() throws Exception {
        createUser("tara", Role.TRADER, PASSWORD);
        createUser("vic", Role.VIEWER, PASSWORD);
        trader = login("tara", PASSWORD);
        viewer = login("vic", PASSWORD);
    }

    @Test
    void aViewerKey_reads_butCannotTrade_andStopsWorkingWhenRevoked() throws Exception {
        HttpResponse<String> created = send("POST", "/api/user/api-keys", "{\"name\":\"script\"}", bearer(viewer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String key = body.get("key").asString();
        SecurityCapture.recordApiKey(key);
        assertThat(key).startsWith(ApiKeys.KEY_PREFIX);
        assertThat(body.get("role").asString()).isEqualTo("viewer");

        assertThat(send("GET", "/api/market/prices", null, apiKey(key)).statusCode())
                .isEqualTo(200);
        assertThat(send(
                                "POST",
                                "/api/exchange/order",
                                "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"0.01\"}",
                                apiKey(key))
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> listed = send("GET", "/api/user/api-keys", null, bearer(viewer));
        assertThat(listed.body()).doesNotContain(key);
        JsonNode first = json.readTree(listed.body()).get(0);
        assertThat(first.get("prefix").asString()).isEqualTo(key.substring(0, 12));
        assertThat(first.get("lastUsedAt").isNumber()).isTrue();

        String id = body.get("id").asString();
        assertThat(send("DELETE", "/api/user/api-keys/" + id, null, bearer(trader))
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/user/api-keys/" + id, null, bearer(viewer))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> revoked = send("GET", "/api/market/prices", null, apiKey(key));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("API key is invalid or revoked").doesNotContain(key);
    }

    @Test
    void aKeyCannotOutrankItsOwner_andIsRefusedInTheQueryString() throws Exception {
        HttpResponse<String> tooHigh =
                send("POST", "/api/user/api-keys", "{\"name\":\"x\",\"role\":\"admin\"}", bearer(trader));
        assertThat(tooHigh.statusCode()).isEqualTo(422);
        assertThat(json.readTree(tooHigh.body()).get("field").asString()).isEqualTo("role");

        String key = json.readTree(
                        send("POST", "/api/user/api-keys", "{\"name\":\"bot\",\"role\":\"trader\"}", bearer(trader))
                                .body())
                .get("key")
                .asString();
        SecurityCapture.recordApiKey(key);
        assertThat(send("GET", "/api/market/prices?api_key=" + key, null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/market/prices", null, apiKey("apk_not-a-real-key"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/exchange/orders", null, apiKey(key)).statusCode())
                .isEqualTo(200);
    }

    private static String[] apiKey(String key) {
        return new String[] {"X-API-Key", key};
    }
}
