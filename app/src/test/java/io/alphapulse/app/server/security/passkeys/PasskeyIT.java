package io.alphapulse.app.server.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.audit.LoggedAuditEntry;
import io.alphapulse.infra.store.users.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Passkeys over the real server, with a software authenticator in place of a browser's: registration,
 * login with the same tokens as a password login, and every way an assertion must be refused.
 */
class PasskeyIT extends LiveServerTest {

    private static final String PASSWORD = "a long enough test password";
    private static final Path DATA = dataDirectory("alphapulse-passkeys");
    /** Each test logs in from its own address, so the per-address login throttle never couples them. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    AuditLog audit;

    private String origin;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
        registry.add("alphapulse.security.trusted-proxies", () -> "127.0.0.1,0:0:0:0:0:0:0:1");
    }

    @BeforeAll
    void createUsers() throws Exception {
        for (String name : List.of("tara", "tom", "uma", "dora", "vic", "otto")) {
            createUser(name, name.equals("vic") ? Role.VIEWER : Role.TRADER, PASSWORD);
        }
        origin = "http://localhost:" + port;
    }

    @Test
    void registerListAndLogIn_givesTokensThatWork_andRefresh() throws Exception {
        String token = login("tara", PASSWORD);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();

        JsonNode registered = register(token, "laptop", authenticator);
        assertThat(registered.get("name").asString()).isEqualTo("laptop");
        assertThat(registered.get("lastUsedAt").isNull()).isTrue();

        HttpResponse<String> listed = send("GET", "/api/user/passkeys", null, bearer(token));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(listed.body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asString())
                .isEqualTo(registered.get("id").asString());
        assertThat(listed.body()).doesNotContain(authenticator.credentialId());

        String address = address();
        JsonNode options = loginOptions(null, address);
        assertThat(options.get("publicKey").has("allowCredentials"))
                .as("discoverable: no credentials listed")
                .isFalse();
        HttpResponse<String> loggedIn =
                finishLogin(options, authenticator.get(options.get("publicKey"), origin), address);
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
        JsonNode tokens = json.readTree(loggedIn.body());
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isPositive();

        assertThat(send(
                                "GET",
                                "/api/portfolio/summary",
                                null,
                                bearer(tokens.get("accessToken").asString()))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> refreshed = send(
                "POST",
                "/api/auth/refresh",
                "{\"refreshToken\":\"" + tokens.get("refreshToken").asString() + "\"}");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);

        JsonNode used = json.readTree(
                        send("GET", "/api/user/passkeys", null, bearer(token)).body())
                .get(0);
        assertThat(used.get("lastUsedAt").isNumber()).isTrue();
        assertThat(auditActions("tara")).contains("passkey.register", "auth.login");
        assertThat(auditDetails("tara", "auth.login")).contains("passkey");
    }

    @Test
    void loginWithAUsername_listsThatUsersPasskeys() throws Exception {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(login("tom", PASSWORD), "key", authenticator);

        String address = address();
        JsonNode options = loginOptions("tom", address);
        JsonNode allowed = options.get("publicKey").get("allowCredentials");
        assertThat(allowed).hasSize(1);
        assertThat(allowed.get(0).get("id").asString()).isEqualTo(authenticator.credentialId());

        assertThat(finishLogin(options, authenticator.get(options.get("publicKey"), origin), address)
                        .statusCode())
                .isEqualTo(200);

        JsonNode unknown = loginOptions("nobody", address);
        assertThat(unknown.get("publicKey").has("allowCredentials"))
                .as("an unknown user looks like a discoverable login")
                .isFalse();
    }

    @Test
    void replayingAnAssertion_isRefused_becauseTheCeremonyIsUsedUp() throws Exception {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(login("uma", PASSWORD), "replayed", authenticator);
        String address = address();
        JsonNode options = loginOptions(null, address);
        ObjectNode assertion = authenticator.get(options.get("publicKey"), origin);

        assertThat(finishLogin(options, assertion, address).statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = finishLogin(options, assertion, address);

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(replayed.body()).contains("passkey login failed").doesNotContain("ceremony");
    }

    @Test
    void anAssertionFromAnotherOrigin_isRefused() throws Exception {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(login("uma", PASSWORD), "origin", authenticator);
        String address = address();
        JsonNode options = loginOptions(null, address);

        HttpResponse<String> refused =
                finishLogin(options, authenticator.get(options.get("publicKey"), "https://evil.example"), address);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("origin");
    }

    @Test
    void aRegistrationFromAnotherOrigin_isRefusedNamingTheCredential() throws Exception {
        String token = login("uma", PASSWORD);
        JsonNode options = registrationOptions(token, "wrong origin");

        HttpResponse<String> refused = finishRegistration(
                token, options, new SoftwareAuthenticator().create(options.get("publicKey"), "https://evil.example"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("field").asString()).isEqualTo("credential");
    }

    @Test
    void anAssertionOfAnotherChallenge_isRefused() throws Exception {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(login("uma", PASSWORD), "challenge", authenticator);
        String address = address();
        JsonNode other = loginOptions(null, address);
        JsonNode options = loginOptions(null, address);

        HttpResponse<String> refused = finishLogin(
                options,
                authenticator.get(
                        options.get("publicKey"),
                        origin,
                        other.get("publicKey").get("challenge").asString()),
                address);

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void aSignatureCounterThatGoesBack_isRefused_asAClonedAuthenticator() throws Exception {
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(login("uma", PASSWORD), "cloned", authenticator);
        String address = address();
        authenticator.counter(10);
        JsonNode first = loginOptions(null, address);
        assertThat(finishLogin(first, authenticator.get(first.get("publicKey"), origin), address)
                        .statusCode())
                .isEqualTo(200);

        authenticator.counter(4);
        JsonNode second = loginOptions(null, address);
        HttpResponse<String> refused = finishLogin(second, authenticator.get(second.get("publicKey"), origin), address);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(auditDetails("uma", "auth.login")).anyMatch(detail -> detail.startsWith("passkey: "));
    }

    @Test
    void anotherUser_neitherSeesNorRemovesAPasskey_butTheOwnerCan() throws Exception {
        String owner = login("dora", PASSWORD);
        String other = login("otto", PASSWORD);
        String id =
                register(owner, "mine", new SoftwareAuthenticator()).get("id").asString();

        assertThat(json.readTree(
                        send("GET", "/api/user/passkeys", null, bearer(other)).body()))
                .isEmpty();
        HttpResponse<String> notTheirs = send("DELETE", "/api/user/passkeys/" + id, null, bearer(other));
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(json.readTree(notTheirs.body()).get("field").asString()).isEqualTo("id");

        assertThat(send("DELETE", "/api/user/passkeys/" + id, null, bearer(owner))
                        .statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(
                        send("GET", "/api/user/passkeys", null, bearer(owner)).body()))
                .isEmpty();
        assertThat(send("DELETE", "/api/user/passkeys/not-an-id", null, bearer(owner))
                        .statusCode())
                .isEqualTo(404);
        assertThat(auditActions("dora")).contains("passkey.remove");
    }

    @Test
    void anotherUser_cannotFinishARegistrationSomeoneElseStarted() throws Exception {
        String owner = login("dora", PASSWORD);
        String other = login("otto", PASSWORD);
        JsonNode options = registrationOptions(owner, "stolen ceremony");

        HttpResponse<String> refused = finishRegistration(
                other, options, new SoftwareAuthenticator().create(options.get("publicKey"), origin));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("field").asString()).isEqualTo("ceremonyId");
    }

    @Test
    void registration_excludesTheUsersExistingPasskeys_andRefusesADuplicateName() throws Exception {
        String token = login("otto", PASSWORD);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(token, "only", authenticator);

        JsonNode options = registrationOptions(token, "second");
        JsonNode excluded = options.get("publicKey").get("excludeCredentials");
        assertThat(excluded).hasSize(1);
        assertThat(excluded.get(0).get("id").asString()).isEqualTo(authenticator.credentialId());
        assertThat(options.get("publicKey")
                        .get("authenticatorSelection")
                        .get("residentKey")
                        .asString())
                .isEqualTo("preferred");
        assertThat(options.get("publicKey")
                        .get("authenticatorSelection")
                        .get("userVerification")
                        .asString())
                .isEqualTo("preferred");
        assertThat(options.get("publicKey").get("rp").get("id").asString()).isEqualTo("localhost");

        HttpResponse<String> again =
                finishRegistration(token, options, authenticator.create(options.get("publicKey"), origin));
        assertThat(again.statusCode()).as(again.body()).isIn(409, 422);

        HttpResponse<String> sameName =
                send("POST", "/api/user/passkeys/registration/options", "{\"name\":\"only\"}", bearer(token));
        assertThat(sameName.statusCode()).isEqualTo(409);
        assertThat(json.readTree(sameName.body()).get("field").asString()).isEqualTo("name");
    }

    @Test
    void aViewer_registersItsOwnPasskey() throws Exception {
        String viewer = login("vic", PASSWORD);

        register(viewer, "viewer key", new SoftwareAuthenticator());

        assertThat(json.readTree(
                        send("GET", "/api/user/passkeys", null, bearer(viewer)).body()))
                .hasSize(1);
    }

    @Test
    void anonymousCallers_cannotUseThePasskeyList() throws Exception {
        assertThat(send("GET", "/api/user/passkeys", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/user/passkeys/registration/options", "{\"name\":\"x\"}")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aDisabledUsersPasskey_cannotLogIn() throws Exception {
        createUser("dave", Role.TRADER, PASSWORD);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        register(login("dave", PASSWORD), "key", authenticator);
        users.setDisabled("dave", true);

        String address = address();
        JsonNode options = loginOptions(null, address);
        HttpResponse<String> refused =
                finishLogin(options, authenticator.get(options.get("publicKey"), origin), address);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(auditDetails("dave", "auth.login")).contains("passkey: user disabled");
    }

    @Test
    void malformedCredentials_areRefusedNamingTheField_neverWith500() throws Exception {
        String token = login("otto", PASSWORD);
        JsonNode options = registrationOptions(token, "malformed");
        String ceremonyId = options.get("ceremonyId").asString();
        for (String credential : List.of(
                "\"a string\"",
                "{}",
                "{\"type\":\"public-key\",\"id\":\"!!\",\"rawId\":\"!!\",\"response\":{}}",
                "{\"type\":\"public-key\",\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"response\":"
                        + "{\"clientDataJSON\":\"e30\",\"attestationObject\":\"oA\"},\"clientExtensionResults\":{}}",
                "null")) {
            HttpResponse<String> refused = send(
                    "POST",
                    "/api/user/passkeys/registration",
                    "{\"ceremonyId\":\"" + ceremonyId + "\",\"credential\":" + credential + "}",
                    bearer(token));
            assertThat(refused.statusCode())
                    .as(credential + ": " + refused.body())
                    .isIn(400, 422);
            assertThat(json.readTree(refused.body()).get("field").asString())
                    .as(credential)
                    .isIn("credential", "ceremonyId");
        }

        String address = address();
        JsonNode login = loginOptions(null, address);
        HttpResponse<String> refused = send(
                "POST",
                "/api/auth/passkey/login",
                "{\"ceremonyId\":\"" + login.get("ceremonyId").asString() + "\",\"credential\":{\"id\":5}}",
                "X-Forwarded-For",
                address);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("field").asString()).isEqualTo("credential");
        HttpResponse<String> noCeremony =
                send("POST", "/api/auth/passkey/login", "{\"credential\":{}}", "X-Forwarded-For", address);
        assertThat(json.readTree(noCeremony.body()).get("field").asString()).isEqualTo("ceremonyId");
        assertThat(send("POST", "/api/auth/passkey/options", "{\"username\":", "X-Forwarded-For", address)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void thePublicPasskeyEndpoints_areThrottledPerAddress() throws Exception {
        String address = address();
        int answered = 0;
        HttpResponse<String> last;
        do {
            last = send("POST", "/api/auth/passkey/options", "{}", "X-Forwarded-For", address);
            answered++;
        } while (last.statusCode() == 200 && answered < 100);

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(answered)
                .as("the default 20 attempts per minute, then refused")
                .isEqualTo(21);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(send("POST", "/api/auth/passkey/options", "{}", "X-Forwarded-For", address())
                        .statusCode())
                .as("another address")
                .isEqualTo(200);
    }

    private JsonNode register(String token, String name, SoftwareAuthenticator authenticator) throws Exception {
        JsonNode options = registrationOptions(token, name);
        HttpResponse<String> created =
                finishRegistration(token, options, authenticator.create(options.get("publicKey"), origin));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private JsonNode registrationOptions(String token, String name) throws Exception {
        HttpResponse<String> started =
                send("POST", "/api/user/passkeys/registration/options", "{\"name\":\"" + name + "\"}", bearer(token));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return json.readTree(started.body());
    }

    private HttpResponse<String> finishRegistration(String token, JsonNode options, ObjectNode credential)
            throws Exception {
        ObjectNode body = json.createObjectNode()
                .put("ceremonyId", options.get("ceremonyId").asString());
        body.set("credential", credential);
        return send("POST", "/api/user/passkeys/registration", json.writeValueAsString(body), bearer(token));
    }

    private JsonNode loginOptions(String username, String address) throws Exception {
        String body = username == null ? "{}" : "{\"username\":\"" + username + "\"}";
        HttpResponse<String> started = send("POST", "/api/auth/passkey/options", body, "X-Forwarded-For", address);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return json.readTree(started.body());
    }

    private HttpResponse<String> finishLogin(JsonNode options, ObjectNode credential, String address) throws Exception {
        ObjectNode body = json.createObjectNode()
                .put("ceremonyId", options.get("ceremonyId").asString());
        body.set("credential", credential);
        return send("POST", "/api/auth/passkey/login", json.writeValueAsString(body), "X-Forwarded-For", address);
    }

    private static String address() {
        return "192.0.2." + NEXT_ADDRESS.getAndIncrement();
    }

    private List<String> auditActions(String actor) throws Exception {
        return audit.find(AuditQuery.newest(AuditQuery.MAX_LIMIT).byActor(actor)).stream()
                .map(LoggedAuditEntry::entry)
                .map(entry -> entry.action())
                .toList();
    }

    private List<String> auditDetails(String actor, String action) throws Exception {
        return audit.find(AuditQuery.newest(AuditQuery.MAX_LIMIT).byActor(actor).byAction(action)).stream()
                .map(LoggedAuditEntry::entry)
                .map(entry -> entry.detail() == null ? "" : entry.detail())
                .toList();
    }
}
