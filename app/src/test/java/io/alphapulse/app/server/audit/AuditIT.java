package io.alphapulse.app.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.infra.store.users.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The audit log over the real server: orders, refusals, controls and logins are recorded; admins read them. */
class AuditIT extends LiveServerTest {

    private static final String PASSWORD = "a long enough test password";
    private static final Path DATA = dataDirectory("alphapulse-audit");

    private String admin;
    private String trader;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @BeforeAll
    void logIn() throws Exception {
        createUser("tess", Role.TRADER, PASSWORD);
        admin = login("admin", PASSWORD);
        trader = login("tess", PASSWORD);
    }

    @Test
    void ordersRefusalsAndControls_areAudited_withTheirCaller() throws Exception {
        String placed = send(
                        "POST",
                        "/api/exchange/order",
                        "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":\"0.01\",\"price\":\"1000\"}",
                        bearer(trader))
                .body();
        String id = json.readTree(placed).get("id").asString();
        send("DELETE", "/api/exchange/orders/" + id, null, bearer(trader));
        send(
                "POST",
                "/api/exchange/order",
                "{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"50\"}",
                bearer(trader));
        send("POST", "/api/controls", "{\"action\":\"pause\"}", bearer(admin));
        send("POST", "/api/controls", "{\"action\":\"resume\"}", bearer(admin));

        JsonNode submits = json.readTree(send("GET", "/api/system/audit?action=order.submit", null, bearer(admin))
                .body());
        assertThat(submits).hasSize(2);
        assertThat(submits)
                .allSatisfy(entry -> assertThat(entry.get("actor").asString()).isEqualTo("tess"));
        assertThat(submits.get(0).get("outcome").asString()).isEqualTo("denied");
        assertThat(submits.get(0).get("detail").asString()).contains("buying-power");
        assertThat(submits.get(1).get("target").asString()).isEqualTo(id);
        JsonNode cancel = json.readTree(send("GET", "/api/system/audit?action=order.cancel", null, bearer(admin))
                .body());
        assertThat(cancel.get(0).get("target").asString()).isEqualTo(id);
        JsonNode byAdmin = json.readTree(send("GET", "/api/system/audit?actor=admin&limit=50", null, bearer(admin))
                .body());
        assertThat(byAdmin)
                .extracting(entry -> entry.get("action").asString())
                .contains("control.pause", "control.resume", "auth.login");

        assertThat(send("GET", "/api/system/audit", null, bearer(trader)).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/system/audit?limit=0", null, bearer(admin)).statusCode())
                .isEqualTo(400);
    }
}
