package io.alphapulse.adapters.binance;

import io.alphapulse.adapters.permissions.HmacSha256;

/**
 * Binance's HMAC-SHA256 request signature: the hex HMAC of the exact query string sent (parameters
 * already percent-encoded), keyed with the API secret, appended as the last parameter {@code signature}.
 */
final class BinanceSigner {

    private BinanceSigner() {}

    static String sign(String secret, String queryString) {
        return HmacSha256.hex(secret, queryString);
    }
}
