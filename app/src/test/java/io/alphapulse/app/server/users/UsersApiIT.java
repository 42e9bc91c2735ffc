package io.alphapulse.app.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.infra.store.audit.AuditEntry;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.audit.LoggedAuditEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * User management over real HTTP against the whole server on an empty SQLite database: the role matrix
 * of {@code /api/system/users}, the password policy, conflicts, session revocation and audit entries,
 * and a user's own profile and password change.
 */
class UsersApiIT extends LiveServerTest {

    private static final String ADMIN_PASSWORD = "users-it-operator-secret";
    private static final String PASSWORD = "violet-harbor-lantern";
    private static final Path DATA = dataDirectory("alphapulse-users-it");

    @Autowired
    AuditLog audit;

    private String admin;
    private String viewer;
    private String trader;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, ADMIN_PASSWORD);
    }

    @BeforeAll
    void logIn() throws Exception {
        admin = login("admin", ADMIN_PASSWORD);
        viewer = createAndLogIn("vera", "viewer").get("accessToken").asString();
        trader = createAndLogIn("tom", "trader").get("accessToken").asString();
    }

    @Test
    void viewerAndTrader_areForbidden_everyUserManagementCall_whileAdminSucceeds() throws Exception {
        String body = "{\"username\":\"mallory\",\"password\":\"" + PASSWORD + "\",\"role\":\"admin\"}";
        for (String token : List.of(viewer, trader)) {
            assertThat(get("/api/system/users", token).statusCode()).isEqualTo(403);
            assertThat(call("POST", "/api/system/users", body, token).statusCode())
                    .isEqualTo(403);
            assertThat(call("PUT", "/api/system/users/vera", "{\"role\":\"admin\"}", token)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(call("DELETE", "/api/system/users/vera", null, token).statusCode())
                    .isEqualTo(403);
        }
        assertThat(get("/api/system/users", null).statusCode()).isEqualTo(401);

        HttpResponse<String> list = get("/api/system/users", admin);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode users = json.readTree(list.body());
        List<String> names = new ArrayList<>();
        users.forEach(user -> names.add(user.get("username").asString()));
        assertThat(names).contains("admin", "vera", "tom").doesNotContain("mallory");
        for (JsonNode user : users) {
            assertThat(user.propertyNames()).containsExactlyInAnyOrder("username", "role", "createdAt", "disabled");
        }
        assertThat(list.body()).doesNotContain("$2a$");
        assertThat(call(
                                "POST",
                                "/api/system/users",
                                body.replace("mallory", "mallory2").replace("admin", "viewer"),
                                admin)
                        .statusCode())
                .isEqualTo(201);
        assertThat(call("PUT", "/api/system/users/mallory2", "{\"role\":\"trader\"}", admin)
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("DELETE", "/api/system/users/mallory2", null, admin).statusCode())
                .isEqualTo(204);
    }

    @Test
    void create_answers201_withTheUser_andAudits() throws Exception {
        HttpResponse<String> created = create("carol", PASSWORD, "trader");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("username").asString()).isEqualTo("carol");
        assertThat(body.get("role").asString()).isEqualTo("trader");
        assertThat(body.get("disabled").asBoolean()).isFalse();
        assertThat(body.has("createdAt")).isTrue();
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("$2a$");
        assertThat(audited("user.create", "carol")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).doesNotContain(PASSWORD);
        });
    }

    @Test
    void create_aTakenUsername_inAnyCase_is409() throws Exception {
        assertThat(create("dupe", PASSWORD, "viewer").statusCode()).isEqualTo(201);

        HttpResponse<String> again = create("DUPE", PASSWORD, "viewer");

        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again, "username");
    }

    @Test
    void create_aWeakPassword_is422_namingPassword_withEveryReason() throws Exception {
        HttpResponse<String> weak = create("weakling", "weakling", "viewer");

        assertThat(weak.statusCode()).isEqualTo(422);
        JsonNode problem = assertProblem(weak, "password");
        List<String> messages = new ArrayList<>();
        problem.get("errors").forEach(error -> {
            assertThat(error.get("field").asString()).isEqualTo("password");
            messages.add(error.get("message").asString());
        });
        assertThat(messages)
                .anySatisfy(message -> assertThat(message).contains("at least 12"))
                .anySatisfy(message -> assertThat(message).contains("username"));
        assertThat(create("weakling", "Password1234", "viewer").body()).contains("commonly used password");
        assertThat(tokens("weakling", "weakling")).isNull();
    }

    @Test
    void create_aBadUsernameAndRole_is422_namingBoth() throws Exception {
        HttpResponse<String> bad = create("no spaces allowed", PASSWORD, "god");

        assertThat(bad.statusCode()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        assertProblem(bad, "username")
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("username", "role");
        assertThat(create(null, PASSWORD, null).statusCode()).isEqualTo(422);
    }

    @Test
    void adminPasswordChange_revokesTheUsersRefreshTokens_andAudits() throws Exception {
        JsonNode session = createAndLogIn("dora", "trader");
        String refresh = session.get("refreshToken").asString();
        String newPassword = "amber-thistle-quarry";

        HttpResponse<String> changed =
                call("PUT", "/api/system/users/dora", "{\"password\":\"" + newPassword + "\"}", admin);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).doesNotContain(newPassword);
        assertThat(refresh(refresh).statusCode()).isEqualTo(401);
        assertThat(tokens("dora", PASSWORD)).isNull();
        assertThat(tokens("dora", newPassword)).isNotNull();
        assertThat(audited("user.update", "dora")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("password changed").doesNotContain(newPassword);
        });
    }

    @Test
    void adminPasswordChange_toAWeakOne_is422_andChangesNothing() throws Exception {
        JsonNode session = createAndLogIn("ed", "viewer");

        HttpResponse<String> weak = call("PUT", "/api/system/users/ed", "{\"password\":\"short\"}", admin);

        assertThat(weak.statusCode()).isEqualTo(422);
        assertProblem(weak, "password");
        assertThat(refresh(session.get("refreshToken").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void disabling_revokesSessions_andRefusesLogin_untilEnabledAgain() throws Exception {
        JsonNode session = createAndLogIn("fay", "trader");

        HttpResponse<String> disabled = call("PUT", "/api/system/users/fay", "{\"disabled\":true}", admin);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(json.readTree(disabled.body()).get("disabled").asBoolean()).isTrue();
        assertThat(refresh(session.get("refreshToken").asString()).statusCode()).isEqualTo(401);
        assertThat(tokens("fay", PASSWORD)).isNull();
        assertThat(call("PUT", "/api/system/users/fay", "{\"disabled\":false,\"role\":\"viewer\"}", admin)
                        .statusCode())
                .isEqualTo(200);
        JsonNode again = tokens("fay", PASSWORD);
        assertThat(again).isNotNull();
        HttpResponse<String> profile =
                get("/api/user/profile", again.get("accessToken").asString());
        assertThat(json.readTree(profile.body()).get("role").asString()).isEqualTo("viewer");
    }

    @Test
    void update_ofAnUnknownUser_is404_andAnEmptyChange_is422() throws Exception {
        assertThat(call("PUT", "/api/system/users/nobody", "{\"role\":\"viewer\"}", admin)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("DELETE", "/api/system/users/nobody", null, admin).statusCode())
                .isEqualTo(404);
        assertThat(call("PUT", "/api/system/users/vera", "{}", admin).statusCode())
                .isEqualTo(422);
        HttpResponse<String> badRole = call("PUT", "/api/system/users/vera", "{\"role\":\"root\"}", admin);
        assertThat(badRole.statusCode()).isEqualTo(422);
        assertProblem(badRole, "role");
    }

    @Test
    void anAdmin_cannotDeleteDemoteOrDisableThemselves_norSkipTheCurrentPasswordCheck() throws Exception {
        assertThat(call("DELETE", "/api/system/users/admin", null, admin).statusCode())
                .isEqualTo(409);
        assertThat(call("PUT", "/api/system/users/admin", "{\"role\":\"trader\"}", admin)
                        .statusCode())
                .isEqualTo(409);
        assertThat(call("PUT", "/api/system/users/ADMIN", "{\"disabled\":true}", admin)
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> ownPassword =
                call("PUT", "/api/system/users/admin", "{\"password\":\"" + PASSWORD + "\"}", admin);
        assertThat(ownPassword.statusCode()).isEqualTo(422);
        assertProblem(ownPassword, "password");
        assertThat(tokens("admin", ADMIN_PASSWORD)).isNotNull();
    }

    @Test
    void theLastEnabledAdmin_cannotBeDemotedDisabledOrDeleted() throws Exception {
        String ada = createAndLogIn("ada", "admin").get("accessToken").asString();
        // ada demotes admin; admin's access token still says admin until it expires.
        assertThat(call("PUT", "/api/system/users/admin", "{\"role\":\"trader\"}", ada)
                        .statusCode())
                .isEqualTo(200);
        try {
            HttpResponse<String> demote = call("PUT", "/api/system/users/ada", "{\"role\":\"viewer\"}", admin);
            assertThat(demote.statusCode()).isEqualTo(409);
            assertThat(demote.body()).contains("last enabled admin");
            assertThat(call("PUT", "/api/system/users/ada", "{\"disabled\":true}", admin)
                            .statusCode())
                    .isEqualTo(409);
            assertThat(call("DELETE", "/api/system/users/ada", null, admin).statusCode())
                    .isEqualTo(409);
        } finally {
            assertThat(call("PUT", "/api/system/users/admin", "{\"role\":\"admin\"}", ada)
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(call("DELETE", "/api/system/users/ada", null, admin).statusCode())
                .isEqualTo(204);
    }

    @Test
    void delete_removesTheUser_andItsSessions_andAudits() throws Exception {
        JsonNode session = createAndLogIn("gus", "viewer");

        assertThat(call("DELETE", "/api/system/users/gus", null, admin).statusCode())
                .isEqualTo(204);

        assertThat(refresh(session.get("refreshToken").asString()).statusCode()).isEqualTo(401);
        assertThat(tokens("gus", PASSWORD)).isNull();
        assertThat(audited("user.delete", "gus")).singleElement().satisfies(entry -> assertThat(entry.actor())
                .isEqualTo("admin"));
    }

    @Test
    void profile_showsTheCallersOwnAccount() throws Exception {
        HttpResponse<String> profile = get("/api/user/profile", viewer);

        assertThat(profile.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(profile.body());
        assertThat(body.get("username").asString()).isEqualTo("vera");
        assertThat(body.get("role").asString()).isEqualTo("viewer");
        assertThat(body.has("createdAt")).isTrue();
        assertThat(profile.body()).doesNotContain("$2a$");
        assertThat(get("/api/user/profile", null).statusCode()).isEqualTo(401);
    }

    @Test
    void ownPasswordChange_worksForAViewer_checksTheCurrentOne_andRevokesSessions() throws Exception {
        JsonNode session = createAndLogIn("hal", "viewer");
        String token = session.get("accessToken").asString();
        String newPassword = "copper-meadow-signal";

        HttpResponse<String> wrong = changeOwnPassword(token, "not-the-password", newPassword);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertProblem(wrong, "currentPassword");
        HttpResponse<String> weak = changeOwnPassword(token, PASSWORD, "hal-hal-hal-hal");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertProblem(weak, "newPassword");
        assertThat(refresh(session.get("refreshToken").asString()).statusCode()).isEqualTo(200);

        JsonNode again = tokens("hal", PASSWORD);
        HttpResponse<String> changed =
                changeOwnPassword(again.get("accessToken").asString(), PASSWORD, newPassword);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(refresh(again.get("refreshToken").asString()).statusCode()).isEqualTo(401);
        assertThat(tokens("hal", PASSWORD)).isNull();
        assertThat(tokens("hal", newPassword)).isNotNull();
        assertThat(audited("user.password", "hal"))
                .anySatisfy(entry -> assertThat(entry.detail()).contains("password changed"))
                .allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("hal");
                    assertThat(String.valueOf(entry.detail()))
                            .doesNotContain(newPassword)
                            .doesNotContain(PASSWORD);
                });
    }

    private HttpResponse<String> changeOwnPassword(String token, String current, String next) throws Exception {
        return call(
                "PUT",
                "/api/user/password",
                json.writeValueAsString(Map.of("currentPassword", current, "newPassword", next)),
                token);
    }

    private JsonNode assertProblem(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        return problem;
    }

    private List<AuditEntry> audited(String action, String target) throws Exception {
        return audit.find(AuditQuery.newest(AuditQuery.MAX_LIMIT)).stream()
                .map(LoggedAuditEntry::entry)
                .filter(entry -> entry.action().equals(action) && target.equals(entry.target()))
                .toList();
    }

    private JsonNode createAndLogIn(String username, String role) throws Exception {
        HttpResponse<String> created = create(username, PASSWORD, role);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode tokens = tokens(username, PASSWORD);
        assertThat(tokens).isNotNull();
        return tokens;
    }

    private HttpResponse<String> create(String username, String password, String role) throws Exception {
        Map<String, String> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        return call("POST", "/api/system/users", json.writeValueAsString(body), admin);
    }

    /** The tokens of a successful login, or {@code null} when it is refused. */
    private JsonNode tokens(String username, String password) throws Exception {
        HttpResponse<String> response = call(
                "POST",
                "/api/auth/login",
                json.writeValueAsString(Map.of("username", username, "password", password)),
                null);
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return call("POST", "/api/auth/refresh", json.writeValueAsString(Map.of("refreshToken", refreshToken)), null);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return call("GET", path, null, token);
    }

    /** Sends as {@code token}'s user, or anonymously when it is {@code null}. */
    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return send(method, path, body, bearer(token));
    }
}
