package io.alphapulse.infra.store.users;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's exchange API credentials, encrypted (envelope encryption): the key and secret are sealed
 * under a per-credential data key, which is itself sealed under the master key {@code masterKeyId}.
 * {@link #toString()} shows only lengths, never bytes.
 *
 * @param id its id
 * @param userId whose it is
 * @param venue the venue, e.g. {@code binance}
 * @param label the user's name for it, unique per user and venue
 * @param apiKey the exchange API key, sealed
 * @param secret the exchange secret, sealed
 * @param dataKey the data key, sealed under the master key
 * @param masterKeyId which master key sealed the data key, so master keys can be rotated
 * @param createdAt when it was stored
 */
public record ExchangeCredential(
        UUID id,
        UUID userId,
        String venue,
        String label,
        SealedValue apiKey,
        SealedValue secret,
        SealedValue dataKey,
        String masterKeyId,
        Instant createdAt) {

    public ExchangeCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        requireText(venue, "venue");
        requireText(label, "label");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(dataKey, "dataKey");
        requireText(masterKeyId, "masterKeyId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credential " + what + " must not be blank: '" + value + "'");
        }
    }
}
