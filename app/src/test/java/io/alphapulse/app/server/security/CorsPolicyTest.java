package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

class CorsPolicyTest {

    private static CorsConfiguration configurationFor(List<String> origins) {
        return SecurityConfiguration.corsSource(origins)
                .getCorsConfiguration(new MockHttpServletRequest("GET", "/api/market/prices"));
    }

    @Test
    void byDefault_noOtherOriginIsAllowed() {
        assertThat(configurationFor(List.of())).isNull();
        assertThat(configurationFor(List.of(" "))).isNull();
    }

    @Test
    void listedOrigins_areAllowed_withoutCredentials() {
        CorsConfiguration configuration = configurationFor(List.of("https://desk.example.com"));
        assertThat(configuration.checkOrigin("https://desk.example.com")).isEqualTo("https://desk.example.com");
        assertThat(configuration.checkOrigin("https://evil.example.com")).isNull();
        assertThat(configuration.getAllowCredentials()).isFalse();
        assertThat(configuration.getAllowedHeaders()).contains("Authorization", "X-API-Key");
    }
}
