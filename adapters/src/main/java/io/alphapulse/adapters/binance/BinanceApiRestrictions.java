package io.alphapulse.adapters.binance;

/**
 * The answer of {@code GET /sapi/v1/account/apiRestrictions} ("Get API Key Permission", USER_DATA), as
 * documented: boxed so a missing field is told apart from {@code false}.
 */
record BinanceApiRestrictions(
        Boolean ipRestrict,
        Long createTime,
        Boolean enableWithdrawals,
        Boolean enableInternalTransfer,
        Boolean permitsUniversalTransfer,
        Boolean enableVanillaOptions,
        Boolean enableReading,
        Boolean enableFutures,
        Boolean enableMargin,
        Boolean enableSpotAndMarginTrading,
        Long tradingAuthorityExpirationTime) {}
