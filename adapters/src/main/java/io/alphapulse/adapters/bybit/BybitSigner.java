package io.alphapulse.adapters.bybit;

import io.alphapulse.adapters.permissions.HmacSha256;

/**
 * Bybit v5's HMAC-SHA256 request signature for a GET: the hex HMAC, keyed with the API secret, of
 * {@code timestamp + apiKey + recvWindow + queryString}, sent in {@code X-BAPI-SIGN}.
 */
final class BybitSigner {

    private BybitSigner() {}

    static String sign(String secret, long timestamp, String apiKey, long recvWindow, String queryString) {
        return HmacSha256.hex(secret, timestamp + apiKey + recvWindow + queryString);
    }
}
