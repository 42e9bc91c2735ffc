package io.alphapulse.app.server.security;

import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.users.RefreshTokenRepository;
import io.alphapulse.infra.store.users.UserRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (ARCHITECTURE.md §6). Public: health, login, refresh, the key set, the dashboard's
 * shell pages and static assets, the API documentation, and the WebSocket upgrade (authenticated by its
 * first message, since tokens never go in URLs). Everything else needs a bearer access token; reads need
 * {@code viewer}, writes {@code trader}, user management, audit and metrics {@code admin}.
 *
 * <p>No sessions and no cookies: the API is authenticated per request by the {@code Authorization}
 * header, which a browser never attaches on its own, so cross-site request forgery has nothing to ride
 * on and CSRF tokens are off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccessTokens accessTokens(Clock clock) {
        return new AccessTokens(clock);
    }

    @Bean
    JwtDecoder jwtDecoder(AccessTokens accessTokens, Clock clock) {
        return new VerifiedTokenCache(accessTokens.decoder(), clock);
    }

    @Bean
    AuthService authService(
            UserRepository users,
            RefreshTokenRepository refreshTokens,
            PasswordHasher hasher,
            AccessTokens accessTokens,
            AuditLog audit,
            LoginThrottle throttle,
            Clock clock) {
        return new AuthService(users, refreshTokens, hasher, accessTokens, audit, throttle, clock);
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUsers.Resolver());
            }
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, JwtDecoder decoder, JsonMapper json, RateLimitSettings rateLimits) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        // Not beans: a Filter bean would also be registered with the servlet container, outside the chain.
        ProblemWriter problemWriter = new ProblemWriter(json);
        http.addFilterAfter(new ApiRateLimitFilter(rateLimits, problemWriter), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(
                        new RequestBodyLimitFilter(rateLimits.maxBodySize().toBytes(), problemWriter),
                        AuthorizationFilter.class);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> {})
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self';"
                                + " script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                                + " connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/refresh")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/ws")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(
                                "/actuator/**", "/api/system/users", "/api/system/users/**", "/api/system/audit")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**", "/ui/**")
                        .hasRole("VIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/auth/logout")
                        .authenticated()
                        // A dry run only plans; the controller lets viewers go no further.
                        .requestMatchers(HttpMethod.POST, "/api/portfolio/rebalance")
                        .hasRole("VIEWER")
                        .requestMatchers("/api/**")
                        .hasRole("TRADER")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new CurrentUsers.TokenConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
