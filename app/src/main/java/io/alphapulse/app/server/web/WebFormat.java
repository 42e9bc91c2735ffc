package io.alphapulse.app.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dashboard's templates show numbers and times. {@code static/js/dashboard.js} formats live
 * updates the same way, so a value looks the same whether the server rendered it or a WebSocket message
 * updated it: grouped thousands, a real minus sign, times as UTC {@code HH:mm:ss}.
 */
public final class WebFormat {

    /** Shown for a value that does not exist yet (no quote, no fill). */
    public static final String MISSING = "—";

    private static final String MINUS = "−";
    private static final int MAX_PRICE_DECIMALS = 8;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A price: at least 2 decimals, at most 8, no trailing zeros beyond the second. */
    public String price(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal rounded =
                value.setScale(MAX_PRICE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return grouped(rounded, Math.max(2, rounded.scale()), false);
    }

    /** An amount of money: exactly 2 decimals. */
    public String money(BigDecimal value) {
        return value == null ? MISSING : grouped(value.setScale(2, RoundingMode.HALF_EVEN), 2, false);
    }

    /** A profit or loss: 2 decimals with an explicit sign. */
    public String pnl(BigDecimal value) {
        return value == null ? MISSING : grouped(value.setScale(2, RoundingMode.HALF_EVEN), 2, true);
    }

    /** A quantity: as many decimals as it has (at most 8), none trailing. */
    public String quantity(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal rounded =
                value.setScale(MAX_PRICE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return grouped(rounded, Math.max(0, rounded.scale()), false);
    }

    /** A change already in percent: {@code +1.23%}. */
    public String percent(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
        return grouped(rounded, 2, true) + "%";
    }

    /** A signal strength in [-1, 1]: {@code +0.42}. */
    public String strength(double value) {
        return grouped(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN), 2, true);
    }

    /** Epoch milliseconds as UTC {@code HH:mm:ss}. */
    public String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Epoch milliseconds as ISO-8601, for {@code <time datetime>}. */
    public String isoTime(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /**
     * The CSS tone of a signed value: {@code up}, {@code down} or {@code flat}, judged on the value as
     * shown (2 decimals), so {@code 0.00} is never coloured as a loss.
     */
    public String tone(BigDecimal value) {
        return value == null
                ? "flat"
                : tone(value.setScale(2, RoundingMode.HALF_EVEN).signum());
    }

    public String tone(double value) {
        return tone(BigDecimal.valueOf(value));
    }

    /** An order or trade status as words: {@code partially_filled} becomes {@code partially filled}. */
    public String words(String code) {
        return code == null ? MISSING : code.replace('_', ' ');
    }

    private static String tone(int signum) {
        return signum > 0 ? "up" : signum < 0 ? "down" : "flat";
    }

    private static String grouped(BigDecimal value, int decimals, boolean plus) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String digits = format.format(value.abs());
        if (value.signum() < 0) {
            return MINUS + digits;
        }
        return plus && value.signum() > 0 ? "+" + digits : digits;
    }
}
