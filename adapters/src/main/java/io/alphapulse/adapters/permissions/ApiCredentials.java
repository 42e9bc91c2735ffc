package io.alphapulse.adapters.permissions;

import java.util.Objects;

/**
 * An exchange API key and its secret, opened for one request. {@link #toString()} shows only the key's
 * last four characters, never the secret.
 */
public record ApiCredentials(String apiKey, String secret) {

    public ApiCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
    }

    /** The key's last four characters, for messages ({@code ****ABCD}). */
    public String maskedKey() {
        return "****" + apiKey.substring(Math.max(0, apiKey.length() - 4));
    }

    @Override
    public String toString() {
        return "ApiCredentials[" + maskedKey() + "]";
    }
}
