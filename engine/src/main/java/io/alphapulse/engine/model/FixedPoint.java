package io.alphapulse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic shared by {@link Price}, {@link Quantity} and {@link Money}: scale checks, exact
 * conversion from {@link BigDecimal} and rounded division of raw longs. Kept package-private so the
 * value types stay the only public way to build amounts.
 */
final class FixedPoint {

    /** The largest scale any value type accepts; 9 decimals covers every venue we know of. */
    static final int MAX_SCALE = 9;

    // A long has 19 digits; a value with more integer digits cannot have a raw long at scale >= 0.
    private static final int MAX_INTEGER_DIGITS = 19;

    private FixedPoint() {}

    static int checkScale(int scale, String type) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException(type + " scale must be in 0.." + MAX_SCALE + ", was " + scale);
        }
        return scale;
    }

    static long powerOfTen(int exponent) {
        return PowersOfTen.of(exponent);
    }

    static BigDecimal parse(String text, String type) {
        if (text == null) {
            throw new IllegalArgumentException(type + " text must not be null");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(type + " '" + text + "' is not a decimal number", e);
        }
    }

    /** The raw long of {@code value} at {@code scale}; fails if that would drop a non-zero digit. */
    static long toRawExact(BigDecimal value, int scale, String type) {
        if (value == null) {
            throw new IllegalArgumentException(type + " value must not be null");
        }
        BigDecimal bounded = bound(value, scale, type);
        BigDecimal scaled;
        try {
            scaled = bounded.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    type + " " + value + " has more decimals than scale " + scale + "; pass a RoundingMode to round it",
                    e);
        }
        return toLong(scaled, value, type);
    }

    /**
     * The raw long of {@code value} rounded to {@code scale}. {@link RoundingMode#UNNECESSARY}
     * behaves as in {@link BigDecimal}: an {@link ArithmeticException} when rounding is needed.
     */
    static long toRaw(BigDecimal value, int scale, RoundingMode rounding, String type) {
        if (value == null || rounding == null) {
            throw new IllegalArgumentException(type + " value and rounding mode must not be null");
        }
        BigDecimal scaled;
        try {
            scaled = bound(value, scale, type).setScale(scale, rounding);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(
                    type + " " + value + " needs rounding to scale " + scale + " but rounding is " + rounding);
        }
        return toLong(scaled, value, type);
    }

    /**
     * Guards {@link BigDecimal#setScale} against pathological exponents ("1E+999999999",
     * "1E-999999999") that would otherwise build enormous powers of ten: a value with too many
     * integer digits overflows anyway, and a value below a tenth of the smallest unit rounds exactly
     * like a stand-in of the same sign.
     */
    static BigDecimal bound(BigDecimal value, int scale, String type) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw overflow(value, scale, type);
        }
        if ((long) value.scale() - value.precision() >= scale + 1L) {
            // |value| < 10^-(scale+1): every rounding mode treats it like +-10^-(scale+2).
            return BigDecimal.valueOf(value.signum(), scale + 2);
        }
        return value;
    }

    private static long toLong(BigDecimal scaled, BigDecimal original, String type) {
        try {
            return scaled.unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw overflow(original, scaled.scale(), type);
        }
    }

    private static ArithmeticException overflow(BigDecimal value, int scale, String type) {
        return new ArithmeticException(type + " " + value + " does not fit a long at scale " + scale);
    }

    /**
     * {@code dividend / divisor} rounded with {@code rounding}, for {@code divisor > 0}. Exact for
     * every long: the remainder is compared with half the divisor without overflowing.
     */
    static long divideRounded(long dividend, long divisor, RoundingMode rounding) {
        long quotient = dividend / divisor;
        long remainder = dividend % divisor;
        if (remainder == 0) {
            return quotient;
        }
        int sign = dividend < 0 ? -1 : 1;
        long twiceRemainder = 2 * Math.abs(remainder); // < 2 * 10^18, fits
        boolean awayFromZero =
                switch (rounding) {
                    case UP -> true;
                    case DOWN -> false;
                    case CEILING -> sign > 0;
                    case FLOOR -> sign < 0;
                    case HALF_UP -> twiceRemainder >= divisor;
                    case HALF_DOWN -> twiceRemainder > divisor;
                    case HALF_EVEN -> twiceRemainder > divisor || (twiceRemainder == divisor && (quotient & 1) != 0);
                    case UNNECESSARY ->
                        throw new ArithmeticException(
                                "rounding necessary: " + dividend + " / " + divisor + " is not exact");
                };
        return awayFromZero ? quotient + sign : quotient;
    }

    /** Plain decimal text with exactly {@code scale} decimals: raw 5, scale 2 gives "0.05". */
    static String format(long raw, int scale) {
        return BigDecimal.valueOf(raw, scale).toPlainString();
    }

    static double toDouble(long raw, int scale) {
        return raw / (double) PowersOfTen.of(scale);
    }
}
