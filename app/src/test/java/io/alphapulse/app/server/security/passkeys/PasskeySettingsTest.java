package io.alphapulse.app.server.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasskeySettingsTest {

    @Test
    void withoutOrigins_onlyTheLocalServerIsAccepted() {
        PasskeySettings settings = new PasskeySettings("localhost", "AlphaPulse", List.of(" ", ""));

        assertThat(settings.originsOr(8080)).containsExactly("http://localhost:8080");
    }

    @Test
    void configuredOrigins_replaceTheLocalDefault() {
        PasskeySettings settings =
                new PasskeySettings("example.com", "AlphaPulse", List.of(" https://alphapulse.example.com "));

        assertThat(settings.originsOr(8080)).containsExactly("https://alphapulse.example.com");
    }

    @Test
    void aPlainHttpOriginOtherThanLocalhost_isRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new PasskeySettings("example.com", "AlphaPulse", List.of("http://example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alphapulse.security.webauthn.origins");
    }

    @Test
    void aRealDomainWithoutOrigins_isRefused_forTheDefaultOriginIsLocalOnly() {
        assertThatThrownBy(() -> new PasskeySettings("alphapulse.example.com", "AlphaPulse", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alphapulse.security.webauthn.origins");
    }

    @Test
    void aBlankRelyingPartyId_isRefused() {
        assertThatThrownBy(() -> new PasskeySettings(" ", "AlphaPulse", List.of()))
                .hasMessageContaining("rp-id");
    }
}
