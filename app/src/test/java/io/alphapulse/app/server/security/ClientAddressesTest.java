package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxies_theHeaderIsIgnored() {
        ClientAddresses addresses = new ClientAddresses(null);

        assertThat(addresses.of(request("10.0.0.1", "203.0.113.5"))).isEqualTo("10.0.0.1");
    }

    @Test
    void anUntrustedPeer_cannotPickItsAddress() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1"));

        assertThat(addresses.of(request("10.0.0.1", "203.0.113.5"))).isEqualTo("10.0.0.1");
    }

    @Test
    void behindTrustedProxies_theNearestUntrustedHopIsTheClient() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1", "10.0.0.2"));

        assertThat(addresses.of(request("127.0.0.1", "203.0.113.5"))).isEqualTo("203.0.113.5");
        // The client's own (forgeable) entries come first; the hop the trusted proxies saw wins.
        assertThat(addresses.of(request("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.2")))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void aMissingOrGarbledHeader_fallsBackToThePeer() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1"));

        assertThat(addresses.of(request("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(request("127.0.0.1", "<script>"))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(request("127.0.0.1", "203.0.113.5, "))).isEqualTo("127.0.0.1");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/login");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
