package io.alphapulse.adapters.permissions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a venue REST request within a {@link RetryPolicy}: 429 (rate limit) and 418 (IP ban) are retried
 * after {@code Retry-After}, 5xx, timeouts and connection failures with backoff; anything else (2xx, other
 * 4xx) is handed back to the venue client to read. The request is built anew for every attempt, so signed
 * requests carry a fresh timestamp.
 */
public final class RetryingHttp {

    private final String venue;
    private final URI baseUrl;
    private final RetryPolicy policy;
    private final RetryPolicy.Sleeper sleeper;
    private final HttpClient http;

    public RetryingHttp(String venue, URI baseUrl, RetryPolicy policy, RetryPolicy.Sleeper sleeper) {
        this.venue = venue;
        this.baseUrl = baseUrl;
        this.policy = policy;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * The first answer that is neither retryable nor a failure.
     *
     * @param request builds the request, with {@link RetryPolicy#requestTimeout()} set, for each attempt
     * @throws ProbeException {@link ProbeException.Reason#RATE_LIMITED} or {@link
     *     ProbeException.Reason#UNAVAILABLE} once the attempts are spent or a wait would be too long
     */
    public HttpResponse<String> send(Supplier<HttpRequest> request) {
        ProbeException last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 429 || status == 418) {
                    Duration retryAfter = retryAfter(response).orElse(policy.backoff(attempt));
                    String what = status == 429 ? "rate limit exceeded (429)" : "IP banned (418)";
                    last = new ProbeException(
                            ProbeException.Reason.RATE_LIMITED,
                            venue + ": " + what + ", retry after " + retryAfter.toSeconds() + " s");
                    if (retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                        throw last;
                    }
                    wait = retryAfter;
                } else if (status >= 500) {
                    last = new ProbeException(
                            ProbeException.Reason.UNAVAILABLE,
                            venue + ": server error " + status + " on "
                                    + response.uri().getPath());
                    wait = policy.backoff(attempt);
                } else {
                    return response;
                }
            } catch (HttpTimeoutException timeout) {
                last = new ProbeException(
                        ProbeException.Reason.UNAVAILABLE,
                        venue + ": no answer from " + baseUrl + " within "
                                + policy.requestTimeout().toMillis() + " ms",
                        timeout);
                wait = policy.backoff(attempt);
            } catch (IOException unreachable) {
                last = new ProbeException(
                        ProbeException.Reason.UNAVAILABLE,
                        venue + ": cannot reach " + baseUrl + " ("
                                + unreachable.getClass().getSimpleName() + ")",
                        unreachable);
                wait = policy.backoff(attempt);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ProbeException(ProbeException.Reason.UNAVAILABLE, venue + ": interrupted", interrupted);
            }
            if (attempt < policy.maxAttempts()) {
                sleep(wait);
            }
        }
        throw last;
    }

    /** Waits {@code duration} between attempts of a venue-level retry (an error inside a 200 answer). */
    public void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProbeException(ProbeException.Reason.UNAVAILABLE, venue + ": interrupted", interrupted);
        }
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
}
