package io.alphapulse.adapters.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
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

/** The Binance permission probe against a local fake speaking Binance's REST protocol, faults included. */
class BinanceKeyPermissionProbeTest {

    private static final String PATH = "/sapi/v1/account/apiRestrictions";
    private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");

    private final WireMockServer binance =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() {
        binance.start();
    }

    @AfterEach
    void stop() {
        binance.stop();
    }

    private BinanceKeyPermissionProbe probe(RetryPolicy policy) {
        return new BinanceKeyPermissionProbe(
                URI.create(binance.baseUrl()), policy, sleeps::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private BinanceKeyPermissionProbe probe() {
        return probe(RetryPolicy.DEFAULT);
    }

    private static KeyPermissions probeWith(BinanceKeyPermissionProbe probe) {
        return probe.probe(new ApiCredentials(API_KEY, SECRET));
    }

    @Test
    void probe_readsAKeyThatAllowsWithdrawals_fromASignedRequest() throws Exception {
        binance.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, fixture("apiRestrictions-withdrawals.json"))));

        KeyPermissions permissions = probeWith(probe());

        assertThat(permissions).isEqualTo(new KeyPermissions(true, true, false, null));
        List<LoggedRequest> requests = binance.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.getFirst();
        assertThat(request.getHeader("X-MBX-APIKEY")).isEqualTo(API_KEY);
        String query = request.getUrl().substring(request.getUrl().indexOf('?') + 1);
        int signature = query.lastIndexOf("&signature=");
        String signed = query.substring(0, signature);
        assertThat(signed).isEqualTo("recvWindow=5000&timestamp=" + NOW.toEpochMilli());
        assertThat(query.substring(signature + "&signature=".length())).isEqualTo(hmacSha256Hex(SECRET, signed));
        assertThat(request.getUrl()).doesNotContain(SECRET);
    }

    @Test
    void probe_readsATradingOnlyKey_withItsIpRestrictionAndExpiry() throws Exception {
        binance.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, fixture("apiRestrictions-trading-only.json"))));

        assertThat(probeWith(probe()))
                .isEqualTo(new KeyPermissions(false, true, true, Instant.ofEpochMilli(1762041600000L)));
    }

    @Test
    void probe_whenRateLimited_waitsWhatRetryAfterSays_thenSucceeds() throws Exception {
        binance.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, "{\"code\":-1003,\"msg\":\"Too many requests.\"}")
                        .withHeader("Retry-After", "2"))
                .willSetStateTo("open"));
        binance.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("limited")
                .whenScenarioStateIs("open")
                .willReturn(json(200, fixture("apiRestrictions-trading-only.json"))));

        assertThat(probeWith(probe()).withdrawalsEnabled()).isFalse();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(binance.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void probe_whenIpBannedForLongerThanItWaits_givesUpAtOnce() {
        binance.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(json(418, "{\"code\":-1003,\"msg\":\"Way too many requests; IP banned.\"}")
                        .withHeader("Retry-After", "7200")));

        assertThatThrownBy(() -> probeWith(probe()))
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.RATE_LIMITED))
                .hasMessageContaining("418")
                .hasMessageContaining("7200");
        assertThat(sleeps).isEmpty();
        assertThat(binance.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void probe_afterServerErrors_backsOffAndSucceeds() throws Exception {
        binance.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("second"));
        binance.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(502))
                .willSetStateTo("healthy"));
        binance.stubFor(get(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs("healthy")
                .willReturn(json(200, fixture("apiRestrictions-withdrawals.json"))));

        assertThat(probeWith(probe()).withdrawalsEnabled()).isTrue();

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void probe_whenServerErrorsPersist_failsAfterTheLastAttempt() {
        binance.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> probeWith(probe()))
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.UNAVAILABLE))
                .hasMessageContaining("500");
        assertThat(binance.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
    }

    @Test
    void probe_whenTheVenueDoesNotAnswerInTime_failsAsUnavailable() {
        binance.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(json(200, "{\"enableWithdrawals\":false}").withFixedDelay(5_000)));
        RetryPolicy impatient = new RetryPolicy(
                2,
                Duration.ofMillis(10),
                Duration.ofMillis(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofMillis(200));

        assertThatThrownBy(() -> probeWith(probe(impatient)))
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.UNAVAILABLE))
                .hasMessageContaining("within 200 ms");
        assertThat(sleeps).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void probe_withAnInvalidKey_failsAtOnce_withoutShowingTheKeyOrSecret() {
        binance.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(json(401, "{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}")));

        assertThatThrownBy(() -> probeWith(probe()))
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.INVALID_KEY))
                .hasMessageContaining("-2015")
                .message()
                .doesNotContain(API_KEY, SECRET);
        assertThat(binance.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void probe_whenTheAnswerLacksTheWithdrawalFlag_failsInsteadOfGuessing() {
        binance.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, "{\"enableReading\":true}")));

        assertThatThrownBy(() -> probeWith(probe()))
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.UNEXPECTED_RESPONSE));
    }

    @Test
    void probe_whenTheAnswerIsNotJson_failsAsUnexpected() {
        binance.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("<html>")));

        assertThatThrownBy(() -> probeWith(probe()))
                .isInstanceOfSatisfying(ProbeException.class, failure -> assertThat(failure.reason())
                        .isEqualTo(ProbeException.Reason.UNEXPECTED_RESPONSE));
    }

    @Test
    void credentials_toString_showsOnlyTheLastFourCharacters() {
        assertThat(new ApiCredentials(API_KEY, SECRET).toString())
                .isEqualTo("ApiCredentials[****Eh8A]")
                .doesNotContain(SECRET);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = BinanceKeyPermissionProbeTest.class.getResourceAsStream("/binance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
