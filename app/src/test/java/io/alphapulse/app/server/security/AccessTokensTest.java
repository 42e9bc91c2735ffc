package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.store.users.PasswordHash;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class AccessTokensTest {

    private static final User ALICE = new User(
            UUID.fromString("00000000-0000-0000-0000-00000000a11c"),
            "alice",
            Role.TRADER,
            new PasswordHash("$2a$12$x"),
            Instant.EPOCH,
            false);

    private final SigningKeys keys = InMemorySigningKeyStore.keySet();
    private final AccessTokens tokens = new AccessTokens(keys, Clock.systemUTC());
    private final JwtDecoder decoder = tokens.decoder();

    @Test
    void issuedToken_decodes_toTheUser() {
        Jwt jwt = decoder.decode(tokens.issue(ALICE).token());

        CurrentUser user = CurrentUsers.of(jwt);
        assertThat(user).isEqualTo(new CurrentUser(ALICE.id(), "alice", Role.TRADER));
        assertThat(jwt.getHeaders()).containsEntry("typ", "at+jwt").containsEntry("alg", "ES256");
        assertThat(jwt.getExpiresAt())
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 1));
    }

    @Test
    void tokenOfAnotherKey_orExpired_orTampered_isRefused() {
        String foreign = new AccessTokens(InMemorySigningKeyStore.keySet(), Clock.systemUTC())
                .issue(ALICE)
                .token();
        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtException.class);

        String expired = new AccessTokens(keys, Clock.fixed(Instant.now().minusSeconds(3600), ZoneOffset.UTC))
                .issue(ALICE)
                .token();
        assertThatThrownBy(() -> tokens.decoder().decode(expired)).isInstanceOf(JwtException.class);

        String token = tokens.issue(ALICE).token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"trader\"", "\"admin\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(JwtException.class);

        String none = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes())
                + "." + parts[1] + ".";
        assertThatThrownBy(() -> decoder.decode(none)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode("garbage")).isInstanceOf(JwtException.class);
    }
}
