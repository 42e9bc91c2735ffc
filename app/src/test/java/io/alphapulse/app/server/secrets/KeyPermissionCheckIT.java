package io.alphapulse.app.server.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.app.server.security.PasswordHasher;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.audit.AuditQuery;
import io.alphapulse.infra.store.users.ExchangeCredentialRepository;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import io.alphapulse.infra.store.users.UserRepository;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The withdrawal-permission check over the real server, with WireMock speaking Binance's REST protocol:
 * keys stored before start-up are checked in the background after it, new keys when they are stored; a
 * key that allows withdrawals is logged at WARN (masked), audited and flagged in the API; a failing venue
 * leaves the status unknown with its reason. Also: a master-key rotation started by another process is
 * refused while this server runs on the data directory.
 */
@ContextConfiguration(initializers = KeyPermissionCheckIT.CaptureLogs.class)
class KeyPermissionCheckIT extends LiveServerTest {

    private static final String PASSWORD = "a long enough test password";
    private static final Path DATA = dataDirectory("alphapulse-key-permissions");
    private static final String PATH = "/sapi/v1/account/apiRestrictions";
    private static final String WITHDRAW_KEY = "BNC-withdraw-key-000000000000WDRW";
    private static final String TRADE_KEY = "BNC-trade-only-key-00000000000TRDE";
    private static final String REFUSED_KEY = "BNC-revoked-key-0000000000000RVKD";
    private static final String SECRET = "binance-secret-that-must-never-leak-7";
    private static final WireMockServer BINANCE =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

    private static UUID storedWithdrawing;
    private static UUID storedTrading;
    private static UUID storedRefused;
    private static UUID storedSim;

    @Autowired
    AuditLog audit;

    private String alice;

    /** Attaches the log capture after Spring Boot configured logging, before anything is checked. */
    static final class CaptureLogs implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            LOGS.start();
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(KeyPermissionCheck.class)).addAppender(LOGS);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        BINANCE.start();
        stubBinance();
        storeCredentialsBeforeStart();
        register(registry, DATA, PASSWORD);
        registry.add("alphapulse.venues.binance.rest-url", BINANCE::baseUrl);
    }

    private static void stubBinance() throws Exception {
        BINANCE.stubFor(get(urlPathEqualTo(PATH))
                .withHeader("X-MBX-APIKEY", equalTo(WITHDRAW_KEY))
                .willReturn(json(200, fixture("withdrawals"))));
        BINANCE.stubFor(get(urlPathEqualTo(PATH))
                .withHeader("X-MBX-APIKEY", equalTo(TRADE_KEY))
                .willReturn(json(200, fixture("trading-only"))));
        BINANCE.stubFor(get(urlPathEqualTo(PATH))
                .withHeader("X-MBX-APIKEY", equalTo(REFUSED_KEY))
                .willReturn(json(401, "{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}")));
    }

    /** Credentials stored by an earlier run, sealed under the data directory's master key. */
    private static void storeCredentialsBeforeStart() throws Exception {
        MasterKey key = MasterKey.load(null, DATA);
        CredentialVault vault = new CredentialVault(key);
        try (Database database =
                Database.open(new DatabaseSettings("jdbc:sqlite:" + DATA.resolve("alphapulse.db"), null, null))) {
            database.migrate();
            User alice = new UserRepository(database)
                    .create("alice", Role.TRADER, new PasswordHasher().hash(PASSWORD), Instant.now());
            ExchangeCredentialRepository credentials = new ExchangeCredentialRepository(database);
            storedWithdrawing = store(credentials, vault, alice, "binance", "old-withdraw", WITHDRAW_KEY);
            storedTrading = store(credentials, vault, alice, "binance", "old-trade", TRADE_KEY);
            storedRefused = store(credentials, vault, alice, "binance", "old-revoked", REFUSED_KEY);
            storedSim = store(credentials, vault, alice, "sim", "paper", "SIM-key-0001");
        }
    }

    @BeforeAll
    void logIn() throws Exception {
        alice = login("alice", PASSWORD);
    }

    @AfterAll
    void stopBinance() {
        BINANCE.stop();
    }

    @Test
    void startupCheck_flagsTheKeyThatAllowsWithdrawals_logsItMasked_andAuditsIt() throws Exception {
        JsonNode permissions = checkedPermissions(storedWithdrawing);

        assertThat(permissions.get("state").asString()).isEqualTo("reported");
        assertThat(permissions.get("withdrawalsEnabled").asBoolean()).isTrue();
        assertThat(permissions.get("checkedAt").asLong()).isPositive();
        assertThat(warnings())
                .anySatisfy(line -> assertThat(line)
                        .contains(storedWithdrawing.toString(), "binance/old-withdraw", "****WDRW", "withdrawals"))
                .allSatisfy(line -> assertThat(line).doesNotContain(WITHDRAW_KEY, SECRET));
        assertThat(audit.find(AuditQuery.newest(100))).anySatisfy(entry -> {
            assertThat(entry.entry().action()).isEqualTo("credential.withdrawals-enabled");
            assertThat(entry.entry().target()).contains(storedWithdrawing.toString());
            assertThat(entry.entry().detail()).contains("****WDRW").doesNotContain(WITHDRAW_KEY);
        });
    }

    @Test
    void startupCheck_leavesATradingOnlyKeyUnflagged() throws Exception {
        JsonNode permissions = checkedPermissions(storedTrading);

        assertThat(permissions.get("state").asString()).isEqualTo("reported");
        assertThat(permissions.get("withdrawalsEnabled").asBoolean()).isFalse();
        assertThat(permissions.get("tradingEnabled").asBoolean()).isTrue();
        assertThat(warnings()).noneSatisfy(line -> assertThat(line).contains(storedTrading.toString()));
    }

    @Test
    void startupCheck_whenTheVenueRefusesTheKey_showsUnknownWithTheReason_andTheServerKeepsServing() throws Exception {
        JsonNode permissions = checkedPermissions(storedRefused);

        assertThat(permissions.get("state").asString()).isEqualTo("unknown");
        assertThat(permissions.get("withdrawalsEnabled").isNull()).isTrue();
        assertThat(permissions.get("reason").asString()).contains("-2015").doesNotContain(REFUSED_KEY, SECRET);
        assertThat(send("GET", "/api/user/credentials", null, bearer(alice)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void venuesWithoutAProbe_sayNotReported() throws Exception {
        JsonNode permissions = credential(storedSim).get("permissions");

        assertThat(permissions.get("state").asString()).isEqualTo("not-reported");
        assertThat(permissions.get("reason").asString()).contains("sim does not report");
    }

    @Test
    void creatingAKeyThatAllowsWithdrawals_warnsInTheResponse() throws Exception {
        HttpResponse<String> created = create("new-withdraw", WITHDRAW_KEY);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("permissions").get("withdrawalsEnabled").asBoolean())
                .isTrue();
        assertThat(body.get("warnings")).hasSize(1);
        assertThat(body.get("warnings").get(0).asString()).contains("allows withdrawals");
        assertThat(created.body()).doesNotContain(WITHDRAW_KEY, SECRET);
    }

    @Test
    void creatingATradingOnlyKey_hasNoWarning() throws Exception {
        HttpResponse<String> created = create("new-trade", TRADE_KEY);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("permissions").get("withdrawalsEnabled").asBoolean())
                .isFalse();
        assertThat(body.get("warnings")).isEmpty();
    }

    /** Another process (a second JVM running the command line) must not rotate the key under this server. */
    @Test
    void masterKeyRotation_fromAnotherProcess_isRefusedWhileTheServerRuns() throws Exception {
        String before = MasterKey.readFile(DATA.resolve(MasterKey.FILE_NAME)).id();
        Process rotation = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.alphapulse.app.cli.AlphaPulseCommand",
                        "master-key",
                        "rotate",
                        "--data-dir",
                        DATA.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(rotation.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rotation.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(rotation.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("server", "running", DATA.toAbsolutePath().toString());
        assertThat(MasterKey.readFile(DATA.resolve(MasterKey.FILE_NAME)).id()).isEqualTo(before);
    }

    private HttpResponse<String> create(String label, String apiKey) throws Exception {
        return send(
                "POST",
                "/api/user/credentials",
                "{\"venue\":\"binance\",\"label\":\"" + label + "\",\"apiKey\":\"" + apiKey + "\",\"secret\":\""
                        + SECRET + "\"}",
                bearer(alice));
    }

    /** The credential's permissions once the background check has answered (it runs after start-up). */
    private JsonNode checkedPermissions(UUID id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode permissions = credential(id).get("permissions");
        while ("pending".equals(permissions.get("state").asString()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            permissions = credential(id).get("permissions");
        }
        return permissions;
    }

    private JsonNode credential(UUID id) throws Exception {
        HttpResponse<String> listed = send("GET", "/api/user/credentials", null, bearer(alice));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        for (JsonNode credential : json.readTree(listed.body())) {
            if (credential.get("id").asString().equals(id.toString())) {
                return credential;
            }
        }
        throw new AssertionError("credential " + id + " is not listed: " + listed.body());
    }

    private static List<String> warnings() {
        synchronized (LOGS) {
            return LOGS.list.stream()
                    .filter(event -> event.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }
    }

    private static UUID store(
            ExchangeCredentialRepository credentials,
            CredentialVault vault,
            User user,
            String venue,
            String label,
            String apiKey)
            throws Exception {
        UUID id = UUID.randomUUID();
        CredentialVault.Sealed sealed = vault.seal(user.id(), id, apiKey, SECRET);
        credentials.create(
                id,
                user.id(),
                venue,
                label,
                sealed.apiKey(),
                sealed.secret(),
                sealed.dataKey(),
                sealed.masterKeyId(),
                Instant.now());
        return id;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body);
    }

    private static String fixture(String kind) {
        return switch (kind) {
            case "withdrawals" ->
                "{\"ipRestrict\":false,\"createTime\":1698645219000,\"enableReading\":true,"
                        + "\"enableWithdrawals\":true,\"enableInternalTransfer\":true,\"enableMargin\":false,"
                        + "\"enableFutures\":false,\"permitsUniversalTransfer\":true,\"enableVanillaOptions\":false,"
                        + "\"enableSpotAndMarginTrading\":true}";
            default ->
                "{\"ipRestrict\":true,\"createTime\":1698645219000,\"enableReading\":true,"
                        + "\"enableWithdrawals\":false,\"enableInternalTransfer\":false,\"enableMargin\":false,"
                        + "\"enableFutures\":false,\"permitsUniversalTransfer\":false,\"enableVanillaOptions\":false,"
                        + "\"enableSpotAndMarginTrading\":true}";
        };
    }
}
