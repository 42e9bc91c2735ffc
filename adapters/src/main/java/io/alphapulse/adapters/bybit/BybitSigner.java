package io.alphapulse.adapters.bybit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bybit v5's HMAC-SHA256 request signature for a GET: the hex HMAC, keyed with the API secret, of
 * {@code timestamp + apiKey + recvWindow + queryString}, sent in {@code X-BAPI-SIGN}.
 */
final class BybitSigner {

    private BybitSigner() {}

    static String sign(String secret, long timestamp, String apiKey, long recvWindow, String queryString) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String payload = timestamp + apiKey + recvWindow + queryString;
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
