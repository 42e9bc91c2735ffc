package io.alphapulse.adapters.bybit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.KeyPermissions;
import io.alphapulse.adapters.permissions.ProbeException;
import io.alphapulse.adapters.permissions.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bybit v5 permission probe against a local fake speaking Bybit's REST protocol, faults included. */
class BybitKeyPermissionProbeTest {

    private static final String PATH = "/v5/user/query-api";
    private static final String API_KEY = "bybit-key-7Qf2Lm9Xc4";
    private static final String SECRET = "bybit-secret-0123456789abcdefghijkl";
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");

    private final WireMockServer bybit =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final List<Duration> sleeps = new ArrayList<>();
    private BybitKeyPermissionProbe probe;

    @BeforeEach
    void start() {
        bybit.start();
        probe = new BybitKeyPermissionProbe(
                URI.create(bybit.baseUrl()), RetryPolicy.DEFAULT, sleeps::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        bybit.stop();
    }

    private KeyPermissions probe() {
        return probe.probe(new ApiCredentials(API_KEY, SECRET));
    }

    @Test
    void probe_readsAKeyWithWithdraw_fromARequestSignedWithTheV5Headers() throws Exception {
        bybit.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, fixture("query-api-withdrawals.json"))));

        assertThat(probe()).isEqualTo(new KeyPermissions(true, true, false, Instant.parse("2026-12-22T07:20:25Z")));

        LoggedRequest request =
                bybit.findAll(getRequestedFor(urlPathEqualTo(PATH))).getFirst();
        assertThat(request.getHeader("X-BAPI-API-KEY")).isEqualTo(API_KEY);
        assertThat(request.getHeader("X-BAPI-TIMESTAMP")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(request.getHeader("X-BAPI-RECV-WINDOW")).isEqualTo("5000");
        assertThat(request.getHeader("X-BAPI-SIGN"))
                .isEqualTo(hmacSha256Hex(SECRET, NOW.toEpochMilli() + API_KEY + "5000"));
        assertThat(request.getUrl()).isEqualTo(PATH);
    }

    @Test
    void probe_readsAnIpRestrictedTradingKeyWithoutWithdraw() throws Exception {
        bybit.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, fixture("query-api-trading-only.json"))));

        KeyPermissions permissions = probe();

        assertThat(permissions.withdrawalsEnabled()).isFalse();
        assertThat(permissions.tradingEnabled()).isTrue();
        assertThat(permissions.ipRestricted()).isTrue();
    }

    @Test
    void probe_withAnInvalidKey_failsAtOnce() {
        bybit.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(json(200, "{\"retCode\":10003,\"retMsg\":\"API key is invalid.\",\"result\":{}}")));

        assertThatThrownBy(this::probe)
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.INVALID_KEY))
                .hasMessageContaining("10003")
                .message()
                .doesNotContain(API_KEY, SECRET);
        assertThat(bybit.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void probe_whenTooManyVisits_backsOffAndSucceeds() throws Exception {
        bybit.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, "{\"retCode\":10006,\"retMsg\":\"Too many visits!\",\"result\":{}}"))
                .willSetStateTo("calm"));
        bybit.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("busy")
                .whenScenarioStateIs("calm")
                .willReturn(json(200, fixture("query-api-withdrawals.json"))));

        assertThat(probe().withdrawalsEnabled()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void probe_whenTheIpIsRateLimited_failsAsRateLimited() {
        bybit.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403).withBody("access too frequent")));

        assertThatThrownBy(this::probe)
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.RATE_LIMITED));
    }

    @Test
    void probe_after429WithRetryAfter_waitsAndSucceeds() throws Exception {
        bybit.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("open"));
        bybit.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("limited")
                .whenScenarioStateIs("open")
                .willReturn(json(200, fixture("query-api-trading-only.json"))));

        assertThat(probe().withdrawalsEnabled()).isFalse();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void probe_whenPermissionsAreMissing_failsInsteadOfGuessing() {
        bybit.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(json(200, "{\"retCode\":0,\"retMsg\":\"\",\"result\":{\"readOnly\":0}}")));

        assertThatThrownBy(this::probe)
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.UNEXPECTED_RESPONSE));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = BybitKeyPermissionProbeTest.class.getResourceAsStream("/bybit/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
