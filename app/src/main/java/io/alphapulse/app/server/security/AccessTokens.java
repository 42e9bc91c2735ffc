package io.alphapulse.app.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.alphapulse.infra.store.users.User;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
 * the key is looked up by {@code kid} in our own key set only, tokens naming a key source of their own
 * ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}) are refused, {@code typ} must be {@code at+jwt},
 * and {@code iss}, {@code aud}, {@code exp}, {@code nbf}, {@code iat} and {@code sub} are required and
 * checked). Tokens live {@link #LIFETIME} and are signed by the current key of {@link SigningKeys}, which
 * is persistent and rotates; keys it replaced keep verifying until their tokens have expired.
 */
public final class AccessTokens {

    public static final String ISSUER = "alphapulse";
    public static final String AUDIENCE = "alphapulse-api";
    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final String USERNAME_CLAIM = "username";
    public static final String ROLE_CLAIM = "role";

    private final SigningKeys keys;
    private final Clock clock;

    public AccessTokens(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
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
        SigningKey key = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.kid())
                .type(TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt);
    }

    /** The public halves of the keys that still verify, for {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return keys.publicKeys();
    }

    /** A decoder that accepts exactly the tokens {@link #issue} makes, while they are valid. */
    public JwtDecoder decoder() {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        processor.setJWSKeySelector(this::verificationKeys);
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

    /**
     * The key that may verify a token with {@code header}: none unless it is ES256, names one of our
     * keys that still verifies by {@code kid}, and carries no key or key location of its own.
     */
    private List<? extends Key> verificationKeys(JWSHeader header, SecurityContext context) {
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())
                || header.getJWKURL() != null
                || header.getX509CertURL() != null
                || header.getJWK() != null
                || header.getX509CertChain() != null) {
            return List.of();
        }
        return keys.verifying(header.getKeyID())
                .map(key -> List.of(key.publicKey()))
                .orElse(List.of());
    }

    /** A token and when it expires. */
    public record IssuedAccessToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedAccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
