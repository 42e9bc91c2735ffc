package io.alphapulse.adapters.bybit;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.KeyPermissionProbe;
import io.alphapulse.adapters.permissions.KeyPermissions;
import io.alphapulse.adapters.permissions.ProbeException;
import io.alphapulse.adapters.permissions.RetryPolicy;
import io.alphapulse.adapters.permissions.RetryingHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bybit key permissions from {@code GET /v5/user/query-api} ("Get API Key Information"), signed with the
 * v5 HMAC headers {@code X-BAPI-API-KEY}, {@code X-BAPI-TIMESTAMP}, {@code X-BAPI-RECV-WINDOW} and {@code
 * X-BAPI-SIGN}: a key allows withdrawals when {@code permissions.Wallet} contains {@code Withdraw}. Bybit
 * reports most errors inside an HTTP 200 answer as {@code retCode}; {@code 10006} (too many visits) is
 * retried with backoff, key errors fail at once.
 */
public final class BybitKeyPermissionProbe implements KeyPermissionProbe {

    public static final String VENUE = "bybit";
    public static final URI DEFAULT_REST_URL = URI.create("https://api.bybit.com");
    static final String PATH = "/v5/user/query-api";
    static final long RECV_WINDOW_MILLIS = 5_000;
    static final int TOO_MANY_VISITS = 10006;

    /** Invalid key, signature error, permission denied, IP not allowed, key expired. */
    private static final Set<Integer> KEY_REFUSED = Set.of(10003, 10004, 10005, 10010, 33004);

    private final RetryingHttp http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A probe on {@code restUrl} (e.g. {@link #DEFAULT_REST_URL}) with the default retries. */
    public BybitKeyPermissionProbe(URI restUrl) {
        this(restUrl, RetryPolicy.DEFAULT, RetryPolicy.Sleeper.THREAD, Clock.systemUTC());
    }

    public BybitKeyPermissionProbe(URI restUrl, RetryPolicy policy, RetryPolicy.Sleeper sleeper, Clock clock) {
        this.http = new RetryingHttp(VENUE, restUrl, policy, sleeper);
        this.clock = clock;
    }

    @Override
    public String venue() {
        return VENUE;
    }

    @Override
    public KeyPermissions probe(ApiCredentials credentials) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(() -> request(credentials));
            int status = response.statusCode();
            if (status == 401) {
                throw new ProbeException(ProbeException.Reason.INVALID_KEY, "bybit: the key was refused (HTTP 401)");
            }
            if (status == 403) {
                throw new ProbeException(
                        ProbeException.Reason.RATE_LIMITED,
                        "bybit: HTTP 403, the IP address is rate-limited (access too frequent)");
            }
            if (status != 200) {
                throw new ProbeException(ProbeException.Reason.UNEXPECTED_RESPONSE, "bybit: HTTP " + status);
            }
            JsonNode envelope = read(response.body());
            int code = envelope.path("retCode").asInt(Integer.MIN_VALUE);
            String message = envelope.path("retMsg").asString("");
            message = message.substring(0, Math.min(message.length(), 200));
            if (code == 0) {
                try {
                    return BybitMappers.permissions(json.treeToValue(envelope.path("result"), BybitApiKeyInfo.class));
                } catch (JacksonException malformed) {
                    throw unexpected("result is not the documented shape");
                }
            }
            if (KEY_REFUSED.contains(code)) {
                throw new ProbeException(
                        ProbeException.Reason.INVALID_KEY,
                        "bybit: the key was refused (invalid key, wrong secret, expired, or IP not allowed) - retCode "
                                + code + ": " + message);
            }
            if (code == TOO_MANY_VISITS) {
                if (attempt >= http.policy().maxAttempts()) {
                    throw new ProbeException(
                            ProbeException.Reason.RATE_LIMITED, "bybit: retCode 10006 (too many visits)");
                }
                http.sleep(http.policy().backoff(attempt));
                continue;
            }
            throw unexpected("retCode " + code + ": " + message);
        }
    }

    private HttpRequest request(ApiCredentials credentials) {
        long timestamp = clock.millis();
        return HttpRequest.newBuilder(http.baseUrl().resolve(PATH))
                .timeout(http.policy().requestTimeout())
                .header("X-BAPI-API-KEY", credentials.apiKey())
                .header("X-BAPI-TIMESTAMP", Long.toString(timestamp))
                .header("X-BAPI-RECV-WINDOW", Long.toString(RECV_WINDOW_MILLIS))
                .header(
                        "X-BAPI-SIGN",
                        BybitSigner.sign(credentials.secret(), timestamp, credentials.apiKey(), RECV_WINDOW_MILLIS, ""))
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException malformed) {
            throw unexpected("answer is not JSON");
        }
    }

    private static ProbeException unexpected(String detail) {
        return new ProbeException(ProbeException.Reason.UNEXPECTED_RESPONSE, "bybit: " + detail);
    }
}
