package io.alphapulse.app.server.security;

import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.app.server.crypto.MasterKey;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.store.audit.AuditLog;
import io.alphapulse.infra.store.users.ApiKeyRepository;
import io.alphapulse.infra.store.users.RefreshTokenRepository;
import io.alphapulse.infra.store.users.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (ARCHITECTURE.md §6). Public: health, login (password and passkey), refresh, the key
 * set, the dashboard's shell pages and static assets, the API documentation, and the WebSocket upgrade
 * (authenticated by its first message, since tokens never go in URLs). Everything else needs a bearer access token; reads need
 * {@code viewer}, writes {@code trader}, user management, audit and metrics {@code admin}.
 *
 * <p>No sessions and no cookies: the API is authenticated per request by the {@code Authorization}
 * header, which a browser never attaches on its own, so cross-site request forgery has nothing to ride
 * on and CSRF tokens are off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observations of the security filter chain, authentications or authorizations. Switching them off
     * by property alone still wraps every filter in an observing decorator that then does nothing; that
     * wrapping cost about a tenth of a cached request's CPU. HTTP server metrics stay.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    SigningKeys signingKeys(
            ServerSettings settings,
            MasterKey masterKey,
            Clock clock,
            @Value("${alphapulse.security.signing-key-rotation:7d}") Duration rotation) {
        SigningKeys keys = new SigningKeys(
                new FileSigningKeyStore(settings.dataDir().resolve(FileSigningKeyStore.FILE_NAME), masterKey),
                rotation,
                clock);
        keys.start();
        return keys;
    }

    @Bean
    AccessTokens accessTokens(SigningKeys signingKeys, Clock clock) {
        return new AccessTokens(signingKeys, clock);
    }

    @Bean
    JwtDecoder jwtDecoder(AccessTokens accessTokens, SigningKeys signingKeys, Clock clock) {
        return new VerifiedTokenCache(accessTokens.decoder(), clock, signingKeys::verifies);
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

    /**
     * The CORS allow-list: empty by default, so only the dashboard's own origin can call the API from a
     * browser (no CORS headers are sent for other origins, and browsers refuse the response).
     */
    static CorsConfigurationSource corsSource(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = allowedOrigins.stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        if (!origins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(origins);
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            configuration.setAllowedHeaders(
                    List.of("Authorization", "Content-Type", ApiKeyAuthenticationFilter.HEADER));
            configuration.setAllowCredentials(false);
            configuration.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }

    @Bean
    ApiKeys apiKeys(ApiKeyRepository keys, UserRepository users, AuditLog audit, Clock clock) {
        return new ApiKeys(keys, users, audit, clock);
    }

    @Bean
    ApiKeyRepository apiKeyRepository(Database database) {
        return new ApiKeyRepository(database);
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
            HttpSecurity http,
            JwtDecoder decoder,
            JsonMapper json,
            ApiKeys apiKeys,
            RateLimitSettings rateLimits,
            @Value("${alphapulse.security.cors-allowed-origins:}") List<String> allowedOrigins)
            throws Exception {
        // Not beans: a Filter bean would also be registered with the servlet container, outside the chain.
        ProblemWriter problemWriter = new ProblemWriter(json);
        ProblemResponses problems = new ProblemResponses(problemWriter);
        http.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(
                        new ApiRateLimitFilter(rateLimits, problemWriter), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(
                        new RequestBodyLimitFilter(rateLimits.maxBodySize().toBytes(), problemWriter),
                        AuthorizationFilter.class);
        // Cross-origin calls: refused unless alphapulse.security.cors-allowed-origins lists the origin.
        http.cors(cors -> cors.configurationSource(corsSource(allowedOrigins)));
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
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/auth/login",
                                "/api/auth/refresh",
                                "/api/auth/passkey/options",
                                "/api/auth/passkey/login")
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
                                "/v3/api-docs.yaml",
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
                        // Any user manages their own API keys (never above their own role).
                        .requestMatchers("/api/user/api-keys", "/api/user/api-keys/**")
                        .authenticated()
                        // ... and their own passkeys.
                        .requestMatchers("/api/user/passkeys", "/api/user/passkeys/**")
                        .authenticated()
                        // A dry run only plans; the controller lets viewers go no further.
                        .requestMatchers(HttpMethod.POST, "/api/portfolio/rebalance")
                        .hasRole("VIEWER")
                        .requestMatchers(HttpMethod.PUT, "/api/user/password")
                        .authenticated()
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
