package io.alphapulse.adapters.permissions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 that Binance and Bybit sign REST requests with: keyed with the API secret's UTF-8 bytes,
 * over the UTF-8 bytes of a venue-specific payload, written as lower-case hex. Each venue's signer decides
 * what the payload is.
 */
public final class HmacSha256 {

    private HmacSha256() {}

    /** The lower-case hex HMAC-SHA256 of {@code payload} keyed with {@code secret}. */
    public static String hex(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
