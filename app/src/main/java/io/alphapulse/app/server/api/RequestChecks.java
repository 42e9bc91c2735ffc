package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.InstrumentView;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.engine.data.Timeframe;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The checks the controllers share on query parameters and decimal amounts. */
final class RequestChecks {

    /** Decimal amounts may have at most this many digits before the point... */
    static final int MAX_INTEGER_DIGITS = 18;

    /** ...and at most this many after it. */
    static final int MAX_FRACTION_DIGITS = 18;

    /** Epoch milliseconds up to the year 2286: far enough, and safe to turn into nanoseconds. */
    static final long MAX_EPOCH_MILLIS = 9_999_999_999_999L;

    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9:._-]{1,40}");

    private RequestChecks() {}

    /** {@code value} (or {@code fallback} when absent) within {@code [1, max]}, else 400. */
    static int limit(Integer value, String field, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > max) {
            throw ApiRequestException.badParameter(field, field + " must be between 1 and " + max + ", was " + value);
        }
        return value;
    }

    /** The listed instrument {@code symbol} names; 400 when absent or malformed, 404 when not listed. */
    static InstrumentView instrument(LiveView view, String symbol, String field) {
        if (symbol == null || symbol.isBlank()) {
            throw ApiRequestException.badParameter(field, field + " is required, e.g. BTC-USDT");
        }
        if (!SYMBOL.matcher(symbol.strip()).matches()) {
            throw ApiRequestException.badParameter(field, field + " is not a valid symbol");
        }
        return view.instrument(symbol.strip())
                .orElseThrow(() -> ApiRequestException.notFound(field, "unknown symbol '" + symbol.strip() + "'"));
    }

    /** A timeframe ({@code 1m}, {@code 4h}, {@code 1d}); {@code fallback} when absent, else 400. */
    static Timeframe timeframe(String text, String fallback) {
        String value = text == null || text.isBlank() ? fallback : text.strip();
        if (value.length() > 12) {
            throw ApiRequestException.badParameter("timeframe", "timeframe is not valid (1m, 15m, 4h, 1d)");
        }
        try {
            return Timeframe.parse(value);
        } catch (IllegalArgumentException bad) {
            throw ApiRequestException.badParameter("timeframe", bad.getMessage());
        }
    }

    /** Epoch milliseconds in {@code [0, MAX_EPOCH_MILLIS]}, or {@code null}; else 400. */
    static Long epochMillis(Long value, String field) {
        if (value != null && (value < 0 || value > MAX_EPOCH_MILLIS)) {
            throw ApiRequestException.badParameter(
                    field, field + " must be epoch milliseconds between 0 and " + MAX_EPOCH_MILLIS);
        }
        return value;
    }

    /**
     * Whether {@code value} fits the amounts the platform handles. Cheap on any input: a value like
     * {@code 1e999999999} is refused from its precision and scale without being expanded.
     */
    static boolean fits(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
    }
}
