package io.alphapulse.app.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.alphapulse.infra.store.users.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Issues and verifies access tokens: JWTs signed with ES256 (RFC 8725 practice: the algorithm is pinned,
 * the key is looked up by {@code kid} in our own key set only, {@code typ} must be {@code at+jwt}, and
 * {@code iss}, {@code aud}, {@code exp}, {@code nbf}, {@code iat} and {@code sub} are required and
 * checked). Tokens live {@link #LIFETIME}.
 *
 * <p>The signing key is generated when the server starts and kept in memory only, so a restart
 * invalidates outstanding access tokens and clients refresh them with their (stored, opaque) refresh
 * tokens. Key rotation with an overlap window and a persistent key set come with the security issue.
 */
public final class AccessTokens {

    public static final String ISSUER = "alphapulse";
    public static final String AUDIENCE = "alphapulse-api";
    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final String USERNAME_CLAIM = "username";
    public static final String ROLE_CLAIM = "role";

    private final ECKey signingKey;
    private final ECDSASigner signer;
    private final Clock clock;

    public AccessTokens(Clock clock) {
        this.clock = clock;
        try {
            this.signingKey = new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
            this.signer = new ECDSASigner(signingKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot create the token signing key", e);
        }
    }

    /** A signed access token for {@code user}. */
    public IssuedAccessToken issue(User user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.id().toString())
                .claim(USERNAME_CLAIM, user.username())
                .claim(ROLE_CLAIM, user.role().externalName())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(signingKey.getKeyID())
                .type(TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt);
    }

    /** The public half of the signing keys, for {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    /** A decoder that accepts exactly the tokens {@link #issue} makes, while they are valid. */
    public JwtDecoder decoder() {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(publicKeys())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                AUDIENCE,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(),
                Set.of("sub", "exp", "nbf", "iat", USERNAME_CLAIM, ROLE_CLAIM)));
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        // Spring's default validators insist on typ JWT; ours are access tokens (RFC 9068: at+jwt).
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(), new JwtIssuerValidator(ISSUER), new JwtTypeValidator(TYPE.getType())));
        return decoder;
    }

    /** A token and when it expires. */
    public record IssuedAccessToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedAccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
