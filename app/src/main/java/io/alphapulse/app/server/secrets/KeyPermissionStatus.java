package io.alphapulse.app.server.secrets;

import io.alphapulse.adapters.permissions.KeyPermissions;
import java.time.Instant;

/**
 * What is known about a stored credential's permissions at the venue, as shown on {@code GET
 * /api/user/credentials}.
 *
 * @param state {@code reported} (the venue answered), {@code not-reported} (the venue cannot tell),
 *     {@code unknown} (asking failed; see {@code reason}), or {@code pending} (not asked yet)
 * @param withdrawalsEnabled whether the key can withdraw funds; {@code null} unless reported
 * @param tradingEnabled whether the key can trade; {@code null} unless reported
 * @param ipRestricted whether the venue accepts the key only from listed addresses; {@code null} unless reported
 * @param checkedAt when the venue was asked (epoch milliseconds), or {@code null}
 * @param reason why nothing is reported, or {@code null}
 */
public record KeyPermissionStatus(
        String state,
        Boolean withdrawalsEnabled,
        Boolean tradingEnabled,
        Boolean ipRestricted,
        Long checkedAt,
        String reason) {

    static KeyPermissionStatus reported(KeyPermissions permissions, Instant checkedAt) {
        return new KeyPermissionStatus(
                "reported",
                permissions.withdrawalsEnabled(),
                permissions.tradingEnabled(),
                permissions.ipRestricted(),
                checkedAt.toEpochMilli(),
                null);
    }

    static KeyPermissionStatus notReported(String venue) {
        return new KeyPermissionStatus(
                "not-reported", null, null, null, null, venue + " does not report key permissions");
    }

    static KeyPermissionStatus unknown(String reason, Instant checkedAt) {
        return new KeyPermissionStatus(
                "unknown", null, null, null, checkedAt == null ? null : checkedAt.toEpochMilli(), reason);
    }

    static KeyPermissionStatus pending() {
        return new KeyPermissionStatus("pending", null, null, null, null, "not checked yet");
    }

    /** Whether the venue reported that the key can withdraw. */
    boolean allowsWithdrawals() {
        return Boolean.TRUE.equals(withdrawalsEnabled);
    }
}
