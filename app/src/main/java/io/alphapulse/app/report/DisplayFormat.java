package io.alphapulse.app.report;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the report writes numbers, money and times for people. Every method is independent of the
 * default locale and time zone, so the same result always gives the same page, byte for byte:
 * {@code ,} groups thousands, {@code .} is the decimal point, negative numbers carry a real minus
 * sign ({@code −}, which lines up with {@code +} in tabular figures) and an undefined statistic
 * ({@link Double#NaN}) is an em dash.
 */
final class DisplayFormat {

    /** What an undefined value (NaN) is shown as. */
    static final String MISSING = "—";

    static final String MINUS = "−";

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private DisplayFormat() {}

    /** A fraction as a percentage: {@code 0.1234} is {@code 12.34%}, {@code -0.5} is {@code −50.00%}. */
    static String percent(double fraction) {
        return percent(fraction, 2);
    }

    static String percent(double fraction, int decimals) {
        if (Double.isNaN(fraction)) {
            return MISSING;
        }
        if (Double.isInfinite(fraction)) {
            return (fraction < 0 ? MINUS : "") + "∞";
        }
        return decimal(fraction * 100, decimals, false) + "%";
    }

    /** Like {@link #percent(double)} with an explicit {@code +} on gains, for returns. */
    static String signedPercent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return percent(fraction);
        }
        return decimal(fraction * 100, 2, true) + "%";
    }

    /** A dimensionless statistic (Sharpe, profit factor) with two decimals. */
    static String ratio(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        if (Double.isInfinite(value)) {
            return (value < 0 ? MINUS : "") + "∞";
        }
        return decimal(value, 2, false);
    }

    /** Grouped whole number: {@code 1,234,567}. */
    static String integer(long value) {
        return group(BigDecimal.valueOf(value), false);
    }

    /** {@code value} rounded half-even to {@code decimals}, grouped; {@code plus} writes a {@code +} on positives. */
    static String decimal(double value, int decimals, boolean plus) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        return group(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN), plus);
    }

    /** An amount with its currency code: {@code 10,523.45 USDT}. */
    static String money(Money money) {
        return amount(money, false) + " " + money.currency().code();
    }

    /**
     * An amount without its currency, rounded for reading: whole units and above to cents ({@code
     * 10,523.45}), smaller amounts to four significant digits ({@code 0.001235}) so that fees in BTC
     * do not show as zero. Currencies with at most two decimals are shown exactly.
     */
    static String amount(Money money, boolean plus) {
        BigDecimal exact = money.toBigDecimal();
        return group(readable(exact, money.scale()), plus);
    }

    /** A price exactly at its scale, grouped: {@code 65,123.40}. */
    static String price(Price price) {
        return group(price.toBigDecimal(), false);
    }

    /** A quantity without trailing zeros: {@code 0.0015}, {@code 12}. */
    static String quantity(Quantity quantity) {
        BigDecimal stripped = quantity.toBigDecimal().stripTrailingZeros();
        return group(stripped.scale() < 0 ? stripped.setScale(0) : stripped, false);
    }

    /** {@code 2024-03-05 14:30} (UTC), with seconds when {@code withSeconds}. */
    static String dateTime(long epochNanos, boolean withSeconds) {
        Instant instant = Instant.ofEpochSecond(
                Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
        return (withSeconds ? SECONDS : MINUTES).format(instant);
    }

    /** A span of time in its two largest units: {@code 3d 4h}, {@code 45m}, {@code 12s}. */
    static String duration(long nanos) {
        long seconds = Math.max(0, nanos / NANOS_PER_SECOND);
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + "h " + minutes + "m" : hours + "h";
        }
        if (minutes > 0) {
            return rest > 0 ? minutes + "m " + rest + "s" : minutes + "m";
        }
        return rest + "s";
    }

    /**
     * A double with a fixed number of decimals, no grouping and an ASCII minus: numbers for the
     * page's data block and SVG coordinates, where the browser parses them.
     */
    static String plain(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    private static BigDecimal readable(BigDecimal exact, int scale) {
        if (scale <= 2) {
            return exact;
        }
        if (exact.signum() == 0 || exact.abs().compareTo(BigDecimal.ONE) >= 0) {
            return exact.setScale(2, RoundingMode.HALF_EVEN);
        }
        BigDecimal significant = exact.round(new MathContext(4, RoundingMode.HALF_EVEN));
        BigDecimal trimmed = significant.stripTrailingZeros();
        return trimmed.scale() < 2 ? trimmed.setScale(2, RoundingMode.UNNECESSARY) : trimmed;
    }

    /** Groups the integer digits by thousands and writes the sign; zero is never negative. */
    private static String group(BigDecimal value, boolean plus) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integerDigits = point < 0 ? plain : plain.substring(0, point);
        StringBuilder text = new StringBuilder(plain.length() + plain.length() / 3 + 2);
        if (value.signum() < 0) {
            text.append(MINUS);
        } else if (plus && value.signum() > 0) {
            text.append('+');
        }
        int leading = integerDigits.length() % 3 == 0 ? 3 : integerDigits.length() % 3;
        text.append(integerDigits, 0, leading);
        for (int i = leading; i < integerDigits.length(); i += 3) {
            text.append(',').append(integerDigits, i, i + 3);
        }
        if (point >= 0) {
            text.append(plain, point, plain.length());
        }
        return text.toString();
    }
}
