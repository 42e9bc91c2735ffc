package io.alphapulse.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.alphapulse.app.server.LiveServerTest;
import io.alphapulse.infra.store.users.PasswordHash;
import io.alphapulse.infra.store.users.Role;
import io.alphapulse.infra.store.users.User;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Forged and mangled access tokens against the whole server over real HTTP (RFC 8725): every one is
 * refused on {@code GET /api/market/prices} with 401 and a problem body, while a genuine token, and a
 * token signed here with the server's own current key and correct claims, are accepted, so each refusal
 * is caused by the one thing the case changes.
 */
class ForgedTokenIT extends LiveServerTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String PRICES = "/api/market/prices";
    private static final Path DATA = dataDirectory("alphapulse-forged");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Autowired
    SigningKeys signingKeys;

    private String accessToken;
    private String subject;
    private ECKey attackerKey;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        register(registry, DATA, PASSWORD);
    }

    @BeforeAll
    void logIn() throws Exception {
        accessToken = login("admin", PASSWORD);
        subject = json.readTree(decode(accessToken.split("\\.")[1])).get("sub").asString();
        attackerKey = new ECKeyGenerator(Curve.P_256).keyID("attacker").generate();
    }

    @Test
    void controls_theIssuedToken_andOneSignedHereWithOurKey_areAccepted() throws Exception {
        assertThat(get(PRICES, accessToken).statusCode()).isEqualTo(200);
        assertThat(get(PRICES, ourSignature(header(ourKid()), claims())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theKeyFile_isInTheDataDirectory_ownerOnly() throws Exception {
        Path file = DATA.resolve(FileSigningKeyStore.FILE_NAME);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains(ourKid());
    }

    @Test
    void jwks_publishesThePublicHalfOfTheSigningKey() throws Exception {
        JWKSet published = jwks();

        assertThat(published.getKeyByKeyId(ourKid())).isNotNull();
        assertThat(published.getKeys()).noneMatch(key -> key.isPrivate());
    }

    @Test
    void algNone_isRefused() throws Exception {
        String header = "{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + ourKid() + "\"}";
        assertRefused(encode(header) + "." + encode(claimsJson(claims())) + ".");
    }

    @Test
    void hs256_withAGuessedSecret_isRefused() throws Exception {
        String header = "{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"" + ourKid() + "\"}";
        assertRefused(hmac(header, claims(), "secret".getBytes(StandardCharsets.UTF_8)));
        assertRefused(hmac(header, claims(), "alphapulse".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hs256_withOurPublicKeyAsTheSecret_isRefused() throws Exception {
        ECKey published = (ECKey) jwks().getKeyByKeyId(ourKid());
        byte[] x = published.getX().decode();
        byte[] y = published.getY().decode();
        byte[] xy = new byte[x.length + y.length];
        System.arraycopy(x, 0, xy, 0, x.length);
        System.arraycopy(y, 0, xy, x.length, y.length);
        byte[] uncompressed = new byte[xy.length + 1];
        uncompressed[0] = 4;
        System.arraycopy(xy, 0, uncompressed, 1, xy.length);
        String header = "{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"" + ourKid() + "\"}";

        for (byte[] secret : List.of(
                xy,
                uncompressed,
                published.toECPublicKey().getEncoded(),
                published.toJSONString().getBytes(StandardCharsets.UTF_8))) {
            assertRefused(hmac(header, claims(), secret));
        }
    }

    @Test
    void tamperedClaims_withTheOriginalSignature_areRefused() throws Exception {
        String[] parts = accessToken.split("\\.");
        String payload = decode(parts[1]).replace("\"admin\"", "\"root\"");
        assertThat(payload).contains("\"root\"");
        assertRefused(parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void anExtendedExpiry_withTheOriginalSignature_isRefused() throws Exception {
        String[] parts = accessToken.split("\\.");
        Map<String, Object> payload = json.readValue(decode(parts[1]), Map.class);
        payload.put("exp", Instant.now().plus(Duration.ofDays(365)).getEpochSecond());
        assertRefused(parts[0] + "." + encode(claimsJson(payload)) + "." + parts[2]);
    }

    @Test
    void anExpiredToken_signedWithOurKey_isRefused() throws Exception {
        User admin = new User(
                UUID.fromString(subject), "admin", Role.ADMIN, new PasswordHash("$2a$12$x"), Instant.EPOCH, false);
        AccessTokens lateIssuer =
                new AccessTokens(signingKeys, Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC));
        AccessTokens timelyIssuer = new AccessTokens(signingKeys, Clock.systemUTC());

        assertThat(get(PRICES, timelyIssuer.issue(admin).token()).statusCode()).isEqualTo(200);
        assertRefused(lateIssuer.issue(admin).token());
    }

    @Test
    void anUnknownKid_isRefused() throws Exception {
        assertRefused(attackerSignature(header("attacker"), claims()));
        assertRefused(attackerSignature(header(UUID.randomUUID().toString()), claims()));
    }

    @Test
    void ourKid_onAnotherKeysSignature_isRefused() throws Exception {
        assertRefused(attackerSignature(header(ourKid()), claims()));
    }

    @Test
    void aMissingKid_isRefused_evenWithOurSignature() throws Exception {
        assertRefused(ourSignature("{\"alg\":\"ES256\",\"typ\":\"at+jwt\"}", claims()));
    }

    @Test
    void aPathLikeKid_isRefused() throws Exception {
        assertRefused(attackerSignature(header("../../etc/passwd"), claims()));
        assertRefused(attackerSignature(header("/dev/null"), claims()));
    }

    @Test
    void aJkuHeader_isRefused_evenWithOurKidAndSignature() throws Exception {
        String jku = "http://127.0.0.1:" + port + "/.well-known/jwks.json";
        String withOurKid =
                "{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"" + ourKid() + "\",\"jku\":\"" + jku + "\"}";
        String withTheirs = "{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"attacker\",\"jku\":\"https://attacker"
                + ".example/jwks.json\"}";

        assertRefused(ourSignature(withOurKid, claims()));
        assertRefused(attackerSignature(withTheirs, claims()));
    }

    @Test
    void anEmbeddedJwkOrX5uHeader_isRefused() throws Exception {
        String jwk = attackerKey.toPublicJWK().toJSONString();
        assertRefused(attackerSignature(
                "{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"attacker\",\"jwk\":" + jwk + "}", claims()));
        assertRefused(ourSignature(
                "{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"" + ourKid()
                        + "\",\"x5u\":\"https://attacker.example/cert.pem\"}",
                claims()));
    }

    @Test
    void aWrongType_isRefused() throws Exception {
        assertRefused(ourSignature("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + ourKid() + "\"}", claims()));
    }

    @Test
    void aWrongIssuer_isRefused() throws Exception {
        Map<String, Object> claims = claims();
        claims.put("iss", "https://attacker.example");
        assertRefused(ourSignature(header(ourKid()), claims));
    }

    @Test
    void aWrongAudience_isRefused() throws Exception {
        Map<String, Object> claims = claims();
        claims.put("aud", "another-api");
        assertRefused(ourSignature(header(ourKid()), claims));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "aud", "exp", "nbf", "iat", "sub"})
    void aMissingRequiredClaim_isRefused(String claim) throws Exception {
        Map<String, Object> claims = claims();
        claims.remove(claim);
        assertRefused(ourSignature(header(ourKid()), claims));
    }

    @Test
    void aTokenNotYetValid_isRefused() throws Exception {
        Map<String, Object> claims = claims();
        claims.put("nbf", Instant.now().plus(Duration.ofHours(1)).getEpochSecond());
        assertRefused(ourSignature(header(ourKid()), claims));
    }

    @Test
    void aTruncatedSignature_isRefused() throws Exception {
        assertRefused(accessToken.substring(0, accessToken.length() - 10));
        assertRefused(accessToken.substring(0, accessToken.lastIndexOf('.') + 1));
    }

    @Test
    void garbage_isRefused() throws Exception {
        assertRefused("garbage");
        assertRefused("a.b.c");
        assertRefused("eyJhbGciOiJFUzI1NiJ9..");
    }

    @Test
    void anEmptyBearer_isRefused() throws Exception {
        HttpResponse<String> response = send("GET", PRICES, null, "Authorization", "Bearer ");
        assertProblem401(response);
    }

    @Test
    void aValidTokenInTheQueryString_withoutAHeader_isRefused() throws Exception {
        assertProblem401(get(PRICES + "?access_token=" + accessToken, null));
    }

    private void assertRefused(String token) throws Exception {
        assertProblem401(get(PRICES, token));
    }

    private static void assertProblem401(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private String ourKid() {
        return signingKeys.current().kid();
    }

    private static String header(String kid) {
        return "{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}";
    }

    private Map<String, Object> claims() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", AccessTokens.ISSUER);
        claims.put("aud", AccessTokens.AUDIENCE);
        claims.put("sub", subject);
        claims.put(AccessTokens.USERNAME_CLAIM, "admin");
        claims.put(AccessTokens.ROLE_CLAIM, "admin");
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private String claimsJson(Map<String, Object> claims) {
        return json.writeValueAsString(claims);
    }

    /** Signs with the server's current private key, taken from the key set: a test hook. */
    private String ourSignature(String header, Map<String, Object> claims) throws Exception {
        return es256(signingKeys.current().privateJwk(), header, claims);
    }

    private String attackerSignature(String header, Map<String, Object> claims) throws Exception {
        return es256(attackerKey, header, claims);
    }

    private String es256(ECKey key, String header, Map<String, Object> claims) throws Exception {
        String input = encode(header) + "." + encode(claimsJson(claims));
        String signature = new ECDSASigner(key)
                .sign(JWSHeader.parse(header), input.getBytes(StandardCharsets.US_ASCII))
                .toString();
        return input + "." + signature;
    }

    private String hmac(String header, Map<String, Object> claims, byte[] secret) throws Exception {
        String input = encode(header) + "." + encode(claimsJson(claims));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private JWKSet jwks() throws Exception {
        HttpResponse<String> response = get("/.well-known/jwks.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("keys").isArray()).isTrue();
        return JWKSet.parse(response.body());
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, null, bearer(token));
    }
}
