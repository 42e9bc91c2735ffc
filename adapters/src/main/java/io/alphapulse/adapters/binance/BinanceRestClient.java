package io.alphapulse.adapters.binance;

import io.alphapulse.adapters.permissions.ApiCredentials;
import io.alphapulse.adapters.permissions.ProbeException;
import io.alphapulse.adapters.permissions.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw Binance REST client for signed {@code USER_DATA} reads: {@code timestamp} and {@code recvWindow}
 * in the query, the HMAC-SHA256 {@code signature} last, the key in {@code X-MBX-APIKEY}. Retries within a
 * {@link RetryPolicy}: 429 (rate limit) and 418 (IP ban) after {@code Retry-After}, 5xx, timeouts and
 * connection failures with backoff; other 4xx at once (they do not improve by asking again).
 */
final class BinanceRestClient {

    static final String API_KEY_HEADER = "X-MBX-APIKEY";
    static final long RECV_WINDOW_MILLIS = 5_000;

    private final URI baseUrl;
    private final HttpClient http;
    private final RetryPolicy policy;
    private final RetryPolicy.Sleeper sleeper;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    BinanceRestClient(URI baseUrl, RetryPolicy policy, RetryPolicy.Sleeper sleeper, Clock clock) {
        this.baseUrl = baseUrl;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** GET {@code path} signed with {@code credentials}, its JSON answer read as {@code type}. */
    <T> T signedGet(String path, ApiCredentials credentials, Class<T> type) {
        ProbeException last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait;
            try {
                HttpResponse<String> response =
                        http.send(request(path, credentials), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return read(response.body(), type);
                }
                if (status == 429 || status == 418) {
                    Duration retryAfter = retryAfter(response).orElse(policy.backoff(attempt));
                    String what = status == 429 ? "rate limit exceeded (429)" : "IP banned (418)";
                    last = new ProbeException(
                            ProbeException.Reason.RATE_LIMITED,
                            "binance: " + what + ", retry after " + retryAfter.toSeconds() + " s");
                    if (retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                        throw last;
                    }
                    wait = retryAfter;
                } else if (status >= 500) {
                    last = new ProbeException(
                            ProbeException.Reason.UNAVAILABLE, "binance: server error " + status + " on " + path);
                    wait = policy.backoff(attempt);
                } else {
                    throw refused(status, response.body());
                }
            } catch (HttpTimeoutException timeout) {
                last = new ProbeException(
                        ProbeException.Reason.UNAVAILABLE,
                        "binance: no answer from " + baseUrl + " within "
                                + policy.requestTimeout().toMillis() + " ms",
                        timeout);
                wait = policy.backoff(attempt);
            } catch (IOException unreachable) {
                last = new ProbeException(
                        ProbeException.Reason.UNAVAILABLE,
                        "binance: cannot reach " + baseUrl + " ("
                                + unreachable.getClass().getSimpleName() + ")",
                        unreachable);
                wait = policy.backoff(attempt);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ProbeException(ProbeException.Reason.UNAVAILABLE, "binance: interrupted", interrupted);
            }
            if (attempt < policy.maxAttempts()) {
                sleep(wait);
            }
        }
        throw last;
    }

    private HttpRequest request(String path, ApiCredentials credentials) {
        String query = "recvWindow=" + RECV_WINDOW_MILLIS + "&timestamp=" + clock.millis();
        String signed = query + "&signature=" + BinanceSigner.sign(credentials.secret(), query);
        return HttpRequest.newBuilder(baseUrl.resolve(path + "?" + signed))
                .timeout(policy.requestTimeout())
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

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
            } catch (NumberFormatException notSeconds) {
                return Optional.empty();
            }
        });
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProbeException(ProbeException.Reason.UNAVAILABLE, "binance: interrupted", interrupted);
        }
    }
}
