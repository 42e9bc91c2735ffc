package io.alphapulse.app.server.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The per-user API rate: a token bucket of {@code api-burst} requests refilled at {@code api-per-second}
 * per authenticated user; a request beyond it is answered 429 with {@code Retry-After}. Requests without
 * an authenticated user pass untouched (login has its own {@link LoginThrottle}; everything else they
 * reach answers 401 anyway).
 *
 * <p>One bucket per user that has made a request since start: the keys are subjects of verified tokens,
 * so there are never more than there are users. Buckets are lock-free, so a request pays a map lookup and
 * a compare-and-set.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimitSettings settings;
    private final ProblemWriter problems;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimitFilter(RateLimitSettings settings, ProblemWriter problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = userOf(SecurityContextHolder.getContext().getAuthentication());
        if (user != null) {
            Bucket bucket = buckets.get(user);
            if (bucket == null) {
                bucket = buckets.computeIfAbsent(user, key -> newBucket());
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long retryAfter = LoginThrottle.retryAfterSeconds(Duration.ofNanos(probe.getNanosToWaitForRefill()));
                response.setHeader("Retry-After", Long.toString(retryAfter));
                problems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "request rate limit exceeded; retry after " + retryAfter + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String userOf(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return token.getToken().getSubject();
        }
        if (authentication instanceof ApiKeyAuthenticationFilter.ApiKeyAuthentication key) {
            // The same bucket as the user's tokens: keys do not multiply a user's allowance.
            return key.getPrincipal().id().toString();
        }
        return authentication.getName();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(settings.apiBurst())
                        .refillGreedy(settings.apiPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
