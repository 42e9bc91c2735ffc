package io.alphapulse.app.server.security.passkeys;

import com.upokecenter.cbor.CBORObject;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A passkey authenticator in software, for tests: one EC P-256 credential (ES256), created with
 * attestation format {@code none} and used for assertions signed with SHA256withECDSA. It answers the
 * {@code publicKey} options the server hands out with the JSON a browser's {@code
 * navigator.credentials.create} / {@code get} would produce, and lets a test tamper with what it sends:
 * the origin, the challenge, the signature counter.
 *
 * <p>Formats: WebAuthn Level 3 §6.1 (authenticator data), §6.5 (attestation object), §5.8.1 (client
 * data) and RFC 9053 (COSE_Key of an EC2 key).
 */
final class SoftwareAuthenticator {

    private static final int FLAG_USER_PRESENT = 0x01;
    private static final int FLAG_USER_VERIFIED = 0x04;
    private static final int FLAG_ATTESTED_CREDENTIAL_DATA = 0x40;

    private final JsonMapper json = JsonMapper.builder().build();
    private final KeyPair keyPair;
    private final byte[] credentialId = new byte[32];
    private byte[] userHandle;
    private long counter;

    SoftwareAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    /** The credential id, base64url: what the server lists and looks up. */
    String credentialId() {
        return base64(credentialId);
    }

    /** Sets the signature counter; the next assertion sends this value plus one. */
    void counter(long value) {
        counter = value;
    }

    /** The PublicKeyCredential of {@code navigator.credentials.create(options)} at {@code origin}. */
    ObjectNode create(JsonNode publicKey, String origin) {
        return create(publicKey, origin, publicKey.get("challenge").asString());
    }

    /** As {@link #create(JsonNode, String)}, answering {@code challenge} instead of the one asked. */
    ObjectNode create(JsonNode publicKey, String origin, String challenge) {
        userHandle =
                Base64.getUrlDecoder().decode(publicKey.get("user").get("id").asString());
        byte[] clientData = clientData("webauthn.create", challenge, origin);
        ByteArrayOutputStream authenticatorData = new ByteArrayOutputStream();
        authenticatorData.writeBytes(
                sha256(publicKey.get("rp").get("id").asString().getBytes(StandardCharsets.UTF_8)));
        authenticatorData.write(FLAG_USER_PRESENT | FLAG_USER_VERIFIED | FLAG_ATTESTED_CREDENTIAL_DATA);
        authenticatorData.writeBytes(
                ByteBuffer.allocate(4).putInt((int) counter).array());
        authenticatorData.writeBytes(new byte[16]); // AAGUID: none
        authenticatorData.writeBytes(
                ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
        authenticatorData.writeBytes(credentialId);
        authenticatorData.writeBytes(coseKey());
        byte[] attestationObject = CBORObject.NewOrderedMap()
                .Add("fmt", "none")
                .Add("attStmt", CBORObject.NewMap())
                .Add("authData", authenticatorData.toByteArray())
                .EncodeToBytes();
        ObjectNode response = json.createObjectNode()
                .put("clientDataJSON", base64(clientData))
                .put("attestationObject", base64(attestationObject));
        response.putArray("transports").add("internal");
        return credential(response);
    }

    /** The PublicKeyCredential of {@code navigator.credentials.get(options)} at {@code origin}. */
    ObjectNode get(JsonNode publicKey, String origin) {
        return get(publicKey, origin, publicKey.get("challenge").asString());
    }

    /** As {@link #get(JsonNode, String)}, answering {@code challenge} instead of the one asked. */
    ObjectNode get(JsonNode publicKey, String origin, String challenge) {
        counter++;
        byte[] clientData = clientData("webauthn.get", challenge, origin);
        ByteArrayOutputStream authenticatorData = new ByteArrayOutputStream();
        authenticatorData.writeBytes(sha256(publicKey.get("rpId").asString().getBytes(StandardCharsets.UTF_8)));
        authenticatorData.write(FLAG_USER_PRESENT | FLAG_USER_VERIFIED);
        authenticatorData.writeBytes(
                ByteBuffer.allocate(4).putInt((int) counter).array());
        byte[] signed = authenticatorData.toByteArray();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(signed);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode response = json.createObjectNode()
                .put("clientDataJSON", base64(clientData))
                .put("authenticatorData", base64(signed))
                .put("signature", base64(signature))
                .put("userHandle", base64(userHandle));
        return credential(response);
    }

    private ObjectNode credential(ObjectNode response) {
        ObjectNode credential = json.createObjectNode()
                .put("type", "public-key")
                .put("id", base64(credentialId))
                .put("rawId", base64(credentialId));
        credential.set("response", response);
        credential.putObject("clientExtensionResults");
        return credential;
    }

    private byte[] clientData(String type, String challenge, String origin) {
        ObjectNode clientData = json.createObjectNode()
                .put("type", type)
                .put("challenge", challenge)
                .put("origin", origin)
                .put("crossOrigin", false);
        return json.writeValueAsBytes(clientData);
    }

    /** The public key as a COSE_Key: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y. */
    private byte[] coseKey() {
        ECPublicKey key = (ECPublicKey) keyPair.getPublic();
        return CBORObject.NewOrderedMap()
                .Add(1, 2)
                .Add(3, -7)
                .Add(-1, 1)
                .Add(-2, unsigned32(key.getW().getAffineX()))
                .Add(-3, unsigned32(key.getW().getAffineY()))
                .EncodeToBytes();
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "SoftwareAuthenticator[" + Arrays.hashCode(credentialId) + "]";
    }
}
