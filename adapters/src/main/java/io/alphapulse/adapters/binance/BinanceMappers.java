package io.alphapulse.adapters.binance;

import io.alphapulse.adapters.permissions.KeyPermissions;
import io.alphapulse.adapters.permissions.ProbeException;
import java.time.Instant;

/** Binance answers to our normalized types; pure functions. */
final class BinanceMappers {

    private BinanceMappers() {}

    /**
     * @throws ProbeException when {@code enableWithdrawals}, the field this check exists for, is missing
     */
    static KeyPermissions permissions(BinanceApiRestrictions restrictions) {
        if (restrictions.enableWithdrawals() == null) {
            throw new ProbeException(
                    ProbeException.Reason.UNEXPECTED_RESPONSE,
                    "binance: apiRestrictions answer has no enableWithdrawals field");
        }
        boolean trading = isTrue(restrictions.enableSpotAndMarginTrading())
                || isTrue(restrictions.enableFutures())
                || isTrue(restrictions.enableMargin())
                || isTrue(restrictions.enableVanillaOptions());
        Long expiry = restrictions.tradingAuthorityExpirationTime();
        return new KeyPermissions(
                restrictions.enableWithdrawals(),
                trading,
                isTrue(restrictions.ipRestrict()),
                expiry == null || expiry <= 0 ? null : Instant.ofEpochMilli(expiry));
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
