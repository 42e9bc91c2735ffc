package io.alphapulse.engine.model;

import java.util.regex.Pattern;

/**
 * Names one tradable instrument on one venue; the key for market data, orders and positions.
 * Written {@code venue:symbol}, e.g. {@code sim:BTC-USDT}, {@code binance:ETH-USDT}, {@code
 * alpaca:BRK.B}.
 *
 * <p>Symbols are our normalized form, not the venue's: upper-case letters and digits in groups
 * joined by single {@code -}, {@code .} or {@code _} ({@code BTC-USDT}, {@code BTC-PERP}, {@code
 * BTC-27DEC24-100000-C}, {@code BRK.B}, {@code BTCUSDT_240628}), at most 48 characters. A {@code /}
 * is not allowed: adapters map {@code BTC/USD} to {@code BTC-USD}, so a symbol is always safe in a
 * URL path or a file name. Venues are lower-case names ({@code sim}, {@code binance}, {@code
 * binance-usdm}), at most 32 characters. Neither part may contain {@code :}, so {@link #parse} is
 * unambiguous.
 *
 * @param symbol normalized symbol, e.g. {@code BTC-USDT}
 * @param venue venue name, e.g. {@code sim}
 */
public record InstrumentId(String symbol, String venue) {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]+(?:[-._][A-Z0-9]+)*");
    private static final Pattern VENUE = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");
    private static final int MAX_SYMBOL_LENGTH = 48;
    private static final int MAX_VENUE_LENGTH = 32;

    public InstrumentId {
        if (symbol == null
                || symbol.length() > MAX_SYMBOL_LENGTH
                || !SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("symbol must be upper-case letters and digits joined by single"
                    + " '-', '.' or '_', at most " + MAX_SYMBOL_LENGTH + " characters, was '" + symbol + "'");
        }
        if (venue == null
                || venue.length() > MAX_VENUE_LENGTH
                || !VENUE.matcher(venue).matches()) {
            throw new IllegalArgumentException("venue must be lower-case letters and digits joined by single"
                    + " '-' or '_', at most " + MAX_VENUE_LENGTH + " characters, was '" + venue + "'");
        }
    }

    /**
     * Parses {@code venue:symbol}, the form {@link #toString()} writes.
     *
     * @throws IllegalArgumentException if there is not exactly one {@code :} or a part is invalid
     */
    public static InstrumentId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException(
                    "instrument id must look like venue:SYMBOL (sim:BTC-USDT), was '" + text + "'");
        }
        return new InstrumentId(text.substring(colon + 1), text.substring(0, colon));
    }

    /** {@code venue:symbol}, e.g. {@code sim:BTC-USDT}. */
    @Override
    public String toString() {
        return venue + ":" + symbol;
    }
}
