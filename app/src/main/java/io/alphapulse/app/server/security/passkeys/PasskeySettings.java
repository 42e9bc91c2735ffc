package io.alphapulse.app.server.security.passkeys;

import java.util.List;
import java.util.Objects;

/**
 * The WebAuthn relying party: {@code alphapulse.security.webauthn.rp-id} (the domain passkeys are bound
 * to, default {@code localhost}), {@code rp-name} (shown by the authenticator, default {@code
 * AlphaPulse}) and {@code origins} (the exact origins a ceremony may come from). Without origins only
 * {@code http://localhost:<server port>} is accepted: a real deployment must set its https origin, e.g.
 * {@code https://alphapulse.example.com}, and an rp-id that is that host or a parent domain of it; an
 * rp-id other than {@code localhost} without origins is refused at startup.
 *
 * @param relyingPartyId the rp id
 * @param relyingPartyName the display name
 * @param origins the configured origins; empty means the local default
 */
record PasskeySettings(String relyingPartyId, String relyingPartyName, List<String> origins) {

    PasskeySettings {
        if (relyingPartyId == null || relyingPartyId.isBlank()) {
            throw new IllegalArgumentException("alphapulse.security.webauthn.rp-id must not be blank");
        }
        if (relyingPartyName == null || relyingPartyName.isBlank()) {
            throw new IllegalArgumentException("alphapulse.security.webauthn.rp-name must not be blank");
        }
        origins = Objects.requireNonNull(origins, "origins").stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        if (origins.isEmpty() && !relyingPartyId.equals("localhost")) {
            throw new IllegalArgumentException("alphapulse.security.webauthn.origins must list the https origin(s)"
                    + " of rp-id '" + relyingPartyId + "'; only rp-id localhost has a default origin");
        }
        for (String origin : origins) {
            if (!origin.startsWith("https://") && !origin.startsWith("http://localhost")) {
                throw new IllegalArgumentException("alphapulse.security.webauthn.origins: '" + origin
                        + "' must be an https origin (plain http only for localhost)");
            }
        }
    }

    /** The origins to accept: the configured ones, or the local server's own. */
    List<String> originsOr(int localPort) {
        return origins.isEmpty() ? List.of("http://localhost:" + localPort) : origins;
    }
}
