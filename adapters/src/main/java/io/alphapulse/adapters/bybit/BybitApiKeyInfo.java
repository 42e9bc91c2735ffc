package io.alphapulse.adapters.bybit;

import java.util.List;
import java.util.Map;

/**
 * The {@code result} of {@code GET /v5/user/query-api} ("Get API Key Information"), the fields we read:
 * {@code permissions} maps a group ({@code Wallet}, {@code Spot}, {@code ContractTrade}, ...) to the
 * granted permissions ({@code Wallet: ["AccountTransfer", "SubMemberTransfer", "Withdraw"]}).
 */
record BybitApiKeyInfo(Integer readOnly, Map<String, List<String>> permissions, List<String> ips, String expiredAt) {}
