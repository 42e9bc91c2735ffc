package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OriginPolicyTest {

    private final OriginPolicy sameOriginOnly = new OriginPolicy(List.of());

    @Test
    void noOrigin_nonBrowserClient_isAllowed() {
        assertThat(sameOriginOnly.allows(null, "localhost:8080")).isTrue();
    }

    @Test
    void sameHostAndPort_isAllowed() {
        assertThat(sameOriginOnly.allows("http://localhost:8080", "localhost:8080"))
                .isTrue();
        assertThat(sameOriginOnly.allows("http://LocalHost:8080", "localhost:8080"))
                .isTrue();
    }

    @Test
    void defaultPorts_matchAHostWithoutPort() {
        assertThat(sameOriginOnly.allows("https://trade.example.com", "trade.example.com"))
                .isTrue();
        assertThat(sameOriginOnly.allows("http://trade.example.com", "trade.example.com"))
                .isTrue();
        assertThat(sameOriginOnly.allows("https://trade.example.com", "trade.example.com:443"))
                .isTrue();
    }

    @Test
    void anotherSite_isRefused() {
        assertThat(sameOriginOnly.allows("https://evil.example.net", "trade.example.com"))
                .isFalse();
        assertThat(sameOriginOnly.allows("http://localhost:9999", "localhost:8080"))
                .isFalse();
        assertThat(sameOriginOnly.allows("http://trade.example.com.evil.net", "trade.example.com"))
                .isFalse();
    }

    @Test
    void opaqueOrMalformedOrigins_areRefused() {
        assertThat(sameOriginOnly.allows("null", "localhost:8080")).isFalse();
        assertThat(sameOriginOnly.allows("http://bad host", "localhost:8080")).isFalse();
        assertThat(sameOriginOnly.allows("http://localhost:8080", null)).isFalse();
    }

    @Test
    void allowList_addsOrigins_exactly() {
        OriginPolicy policy = new OriginPolicy(List.of("https://dash.example.com/"));
        assertThat(policy.allows("https://dash.example.com", "127.0.0.1:8080")).isTrue();
        assertThat(policy.allows("http://dash.example.com", "127.0.0.1:8080")).isFalse();
        assertThat(policy.allows("https://other.example.com", "127.0.0.1:8080")).isFalse();
    }

    @Test
    void wildcard_allowsAnyOrigin() {
        assertThat(new OriginPolicy(List.of("*")).allows("https://anything.example", "localhost"))
                .isTrue();
    }

    @Test
    void handshake_fromAnotherSite_isForbidden() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ws");
        request.addHeader("Host", "localhost:8080");
        request.addHeader("Origin", "https://evil.example.net");
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean proceed = sameOriginOnly.beforeHandshake(
                new ServletServerHttpRequest(request), new ServletServerHttpResponse(response), null, new HashMap<>());

        assertThat(proceed).isFalse();
        assertThat(response.getStatus()).isEqualTo(HttpStatus.FORBIDDEN.value());
    }

    @Test
    void handshake_fromTheSameSite_proceeds() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ws");
        request.addHeader("Host", "localhost:8080");
        request.addHeader("Origin", "http://localhost:8080");

        assertThat(sameOriginOnly.beforeHandshake(
                        new ServletServerHttpRequest(request),
                        new ServletServerHttpResponse(new MockHttpServletResponse()),
                        null,
                        new HashMap<>()))
                .isTrue();
    }
}
