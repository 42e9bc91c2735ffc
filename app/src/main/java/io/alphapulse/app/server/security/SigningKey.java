package io.alphapulse.app.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One ES256 (P-256) key pair of the access-token key set, named by its {@code kid}. A key signs while
 * it is current ({@link #retireAfter()} is {@code null}); once replaced it only verifies, until {@code
 * retireAfter}, after which every token it signed has expired and the key is dropped.
 */
public final class SigningKey {

    private final ECKey jwk;
    private final Instant createdAt;
    private final Instant retireAfter;
    private final ECPublicKey publicKey;
    private final JWSSigner signer;

    SigningKey(ECKey jwk, Instant createdAt, Instant retireAfter) {
        Objects.requireNonNull(jwk, "jwk");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.retireAfter = retireAfter;
        if (jwk.getKeyID() == null || jwk.getKeyID().isBlank()) {
            throw new IllegalArgumentException("a signing key needs a kid");
        }
        if (!Curve.P_256.equals(jwk.getCurve()) || !jwk.isPrivate()) {
            throw new IllegalArgumentException("signing key " + jwk.getKeyID() + " is not a private P-256 key");
        }
        this.jwk = jwk;
        try {
            this.publicKey = jwk.toECPublicKey();
            this.signer = new ECDSASigner(jwk);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("signing key " + jwk.getKeyID() + " is unusable", e);
        }
    }

    /** A new key pair with a random {@code kid}, current from {@code now}. */
    static SigningKey generate(Instant now) {
        try {
            ECKey jwk = new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
            return new SigningKey(jwk, now, null);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot create a token signing key", e);
        }
    }

    /** This key, replaced as the signing key, still verifying until {@code retireAfter}. */
    SigningKey retiring(Instant retireAfter) {
        return new SigningKey(jwk, createdAt, Objects.requireNonNull(retireAfter, "retireAfter"));
    }

    public String kid() {
        return jwk.getKeyID();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When this key stops verifying and is dropped; {@code null} while it is the signing key. */
    public Instant retireAfter() {
        return retireAfter;
    }

    /** Whether this key signs new tokens. */
    public boolean isCurrent() {
        return retireAfter == null;
    }

    /** The key pair, private half included: for signing and for the key store only. */
    public ECKey privateJwk() {
        return jwk;
    }

    /** The public half, as published in the JWKS. */
    public ECKey publicJwk() {
        return jwk.toPublicJWK();
    }

    ECPublicKey publicKey() {
        return publicKey;
    }

    JWSSigner signer() {
        return signer;
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid() + ", createdAt=" + createdAt + ", retireAfter=" + retireAfter + "]";
    }
}
