package io.alphapulse.engine.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A currency or asset that balances, fees and P&L are counted in, with the number of decimals its
 * amounts carry ({@link Money} uses that scale).
 *
 * <p>Use the constants for the well-known assets and {@link #of(String)} to look them up by code.
 * For any other asset build one explicitly, e.g. {@code new Currency("BNB", 8)}: the engine cannot
 * guess how many decimals an unknown asset has, so {@code of} refuses unknown codes instead of
 * inventing a scale.
 *
 * <p>Two currencies are equal when code and scale are equal. {@code USDT} at scale 8 and at scale 6
 * are different currencies, so {@link Money} of the two never mixes silently.
 *
 * @param code upper-case letters and digits, 2 to 10 characters ({@code USD}, {@code USDT},
 *     {@code 1INCH})
 * @param scale decimals of amounts in this currency, 0..9
 */
public record Currency(String code, int scale) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

    public static final Currency USD = new Currency("USD", 2);
    public static final Currency EUR = new Currency("EUR", 2);
    public static final Currency USDT = new Currency("USDT", 8);
    public static final Currency USDC = new Currency("USDC", 8);
    public static final Currency BTC = new Currency("BTC", 8);
    public static final Currency ETH = new Currency("ETH", 8);
    public static final Currency SOL = new Currency("SOL", 8);

    private static final Map<String, Currency> WELL_KNOWN = Map.of(
            USD.code, USD,
            EUR.code, EUR,
            USDT.code, USDT,
            USDC.code, USDC,
            BTC.code, BTC,
            ETH.code, ETH,
            SOL.code, SOL);

    public Currency {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency code must match [A-Z0-9]{2,10}, was '" + code + "'");
        }
        FixedPoint.checkScale(scale, "currency " + code);
    }

    /**
     * The well-known currency with this code.
     *
     * @throws IllegalArgumentException for codes without a well-known constant; build those with
     *     {@code new Currency(code, scale)}
     */
    public static Currency of(String code) {
        Currency known = code == null ? null : WELL_KNOWN.get(code);
        if (known == null) {
            throw new IllegalArgumentException("unknown currency '" + code + "': known are "
                    + WELL_KNOWN.keySet().stream().sorted().toList()
                    + "; create others with new Currency(code, scale)");
        }
        return known;
    }

    /** Whether {@code code} names one of the well-known constants. */
    public static boolean isWellKnown(String code) {
        return code != null && WELL_KNOWN.containsKey(code);
    }

    /** The code alone, e.g. {@code USDT}; the scale shows in {@link Money} amounts. */
    @Override
    public String toString() {
        return code;
    }
}
