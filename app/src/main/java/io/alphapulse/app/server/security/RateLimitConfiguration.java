package io.alphapulse.app.server.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Login throttling; the per-user API rate and the body size limit sit in the security filter chain
 * ({@link SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    LoginThrottle loginThrottle(RateLimitSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }
}
