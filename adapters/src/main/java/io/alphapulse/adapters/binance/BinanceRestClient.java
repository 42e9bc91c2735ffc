package io.alphapulse.adapters.binance;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.ProbeException;
import io.alphapulse.adapters.permissions.RetryPolicy;
import io.alphapulse.adapters.permissions.RetryingHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw Binance REST client for signed {@code USER_DATA} reads: {@code timestamp} and {@code recvWindow}
 * in the query, the HMAC-SHA256 {@code signature} last, the key in {@code X-MBX-APIKEY}. Retries as {@link
 * RetryingHttp} does; other 4xx fail at once (they do not improve by asking again).
 */
final class BinanceRestClient {

    static final String API_KEY_HEADER = "X-MBX-APIKEY";
    static final long RECV_WINDOW_MILLIS = 5_000;

    private final RetryingHttp http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    BinanceRestClient(URI baseUrl, RetryPolicy policy, RetryPolicy.Sleeper sleeper, Clock clock) {
        this.http = new RetryingHttp("binance", baseUrl, policy, sleeper);
        this.clock = clock;
    }

    /** GET {@code path} signed with {@code credentials}, its JSON answer read as {@code type}. */
    <T> T signedGet(String path, ApiCredentials credentials, Class<T> type) {
        HttpResponse<String> response = http.send(() -> request(path, credentials));
        if (response.statusCode() == 200) {
            return read(response.body(), type);
        }
        throw refused(response.statusCode(), response.body());
    }

    private HttpRequest request(String path, ApiCredentials credentials) {
        String query = "recvWindow=" + RECV_WINDOW_MILLIS + "&timestamp=" + clock.millis();
        String signed = query + "&signature=" + BinanceSigner.sign(credentials.secret(), query);
        return HttpRequest.newBuilder(http.baseUrl().resolve(path + "?" + signed))
                .timeout(http.policy().requestTimeout())
                .header(API_KEY_HEADER, credentials.apiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException malformed) {
            throw new ProbeException(
                    ProbeException.Reason.UNEXPECTED_RESPONSE,
                    "binance: answer is not the documented JSON ("
                            + malformed.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A 4xx other than 429/418. Binance answers {@code {"code":-2015,"msg":"Invalid API-key, IP, or
     * permissions for action."}} (usually with 401) for an unknown key, a key used from an IP outside its
     * list or without the permission; {@code -2014} for a malformed key and {@code -1022} for a signature
     * made with the wrong secret.
     */
    private ProbeException refused(int status, String body) {
        Integer code = null;
        String message = null;
        try {
            JsonNode error = json.readTree(body);
            if (error.has("code")) {
                code = error.get("code").asInt();
            }
            if (error.has("msg")) {
                message = error.get("msg").asString();
            }
        } catch (JacksonException notJson) {
            // Reported by status alone below.
        }
        String detail = "HTTP " + status + (code == null ? "" : ", code " + code)
                + (message == null ? "" : ": " + message.substring(0, Math.min(message.length(), 200)));
        boolean keyRefused = status == 401
                || status == 403
                || (code != null && (code == -2015 || code == -2014 || code == -2008 || code == -1022));
        return keyRefused
                ? new ProbeException(
                        ProbeException.Reason.INVALID_KEY,
                        "binance: the key was refused (invalid key, wrong secret, or IP not allowed) - " + detail)
                : new ProbeException(ProbeException.Reason.UNEXPECTED_RESPONSE, "binance: request refused - " + detail);
    }
}
