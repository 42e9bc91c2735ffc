package io.alphapulse.adapters.permissions;

import java.time.Instant;

/**
 * What an API key may do, normalized across venues.
 *
 * @param withdrawalsEnabled the key can withdraw funds off the venue
 * @param tradingEnabled the key can place orders (spot or any derivative)
 * @param ipRestricted the venue accepts the key only from listed IP addresses
 * @param tradingExpiresAt when the venue stops letting the key trade, or {@code null} if it does not say
 */
public record KeyPermissions(
        boolean withdrawalsEnabled, boolean tradingEnabled, boolean ipRestricted, Instant tradingExpiresAt) {}
