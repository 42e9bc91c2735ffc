package io.alphapulse.adapters.bybit;

import io.alphapulse.adapters.permissions.KeyPermissions;
import io.alphapulse.adapters.permissions.ProbeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Bybit answers to our normalized types; pure functions. */
final class BybitMappers {

    private static final List<String> TRADING_GROUPS = List.of("ContractTrade", "Spot", "Options", "Derivatives");

    private BybitMappers() {}

    /** @throws ProbeException when the answer has no permission map, the field this check exists for */
    static KeyPermissions permissions(BybitApiKeyInfo info) {
        Map<String, List<String>> granted = info.permissions();
        if (granted == null) {
            throw new ProbeException(
                    ProbeException.Reason.UNEXPECTED_RESPONSE, "bybit: query-api answer has no permissions field");
        }
        boolean withdrawals = granted.getOrDefault("Wallet", List.of()).contains("Withdraw");
        boolean readOnly = info.readOnly() != null && info.readOnly() == 1;
        boolean trading = !readOnly
                && TRADING_GROUPS.stream().anyMatch(group -> !granted.getOrDefault(group, List.of())
                        .isEmpty());
        List<String> ips = info.ips() == null ? List.of() : info.ips();
        boolean ipRestricted = !ips.isEmpty() && !ips.contains("*");
        return new KeyPermissions(withdrawals, trading, ipRestricted, instant(info.expiredAt()));
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
