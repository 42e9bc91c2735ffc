package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class HeaderBearerTokenResolverTest {

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

    private static MockHttpServletRequest withHeader(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/market/prices");
        request.addHeader("Authorization", value);
        return request;
    }

    @Test
    void bearerHeader_givesTheToken_inAnyCaseOfTheScheme() {
        assertThat(resolver.resolve(withHeader("Bearer abc.DEF-_~+/9=="))).isEqualTo("abc.DEF-_~+/9==");
        assertThat(resolver.resolve(withHeader("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void noHeader_orAnotherScheme_isNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest("GET", "/"))).isNull();
        assertThat(resolver.resolve(withHeader("Basic YWRtaW46eA=="))).isNull();
    }

    @Test
    void malformedTokens_areRefused() {
        for (String bad : new String[] {
            "Bearer ", "Bearer a b", "Bearer a\"b", "Bearer ==", "Bearer a=b", "Bearer " + "a".repeat(5000)
        }) {
            assertThatThrownBy(() -> resolver.resolve(withHeader(bad)))
                    .as(bad)
                    .isInstanceOf(OAuth2AuthenticationException.class);
        }
    }

    @Test
    void tokenInTheQueryString_isRefused_evenWithAHeader() {
        MockHttpServletRequest request = withHeader("Bearer abc");
        request.setQueryString("access_token=abc");
        assertThatThrownBy(() -> resolver.resolve(request))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("not accepted in URLs");
    }
}
