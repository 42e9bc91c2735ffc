package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.PowersOfTen;
import java.math.BigInteger;

/**
 * Exact rounded arithmetic on raw fixed-point longs for the accounting: rescaling a product and
 * splitting an amount pro rata. Primitives when the intermediate product fits a long, {@link
 * BigInteger} only when it does not, so the common path allocates nothing.
 */
final class FixedPointArithmetic {

    private FixedPointArithmetic() {}

    /** {@code 10^exponent} for exponents 0..18, the range two scale-9 values can produce. */
    static long powerOfTen(int exponent) {
        return PowersOfTen.of(exponent);
    }

    /**
     * {@code dividend / divisor} rounded half-even, for {@code divisor > 0}; exact for every pair of
     * longs because the remainder is compared with what is left of the divisor, never doubled.
     */
    static long divideHalfEven(long dividend, long divisor) {
        long quotient = dividend / divisor;
        long remainder = Math.abs(dividend % divisor);
        if (remainder == 0) {
            return quotient;
        }
        long rest = divisor - remainder;
        if (remainder > rest || (remainder == rest && (quotient & 1) != 0)) {
            return dividend < 0 ? quotient - 1 : quotient + 1;
        }
        return quotient;
    }

    /**
     * {@code value × numerator / denominator} rounded half-even, for {@code denominator > 0}: the
     * share of an amount that a part of a quantity carries.
     *
     * @throws ArithmeticException if the result does not fit a long
     */
    static long multiplyDivideHalfEven(long value, long numerator, long denominator) {
        long low = value * numerator;
        long high = Math.multiplyHigh(value, numerator);
        if (high == (low >> 63)) {
            return divideHalfEven(low, denominator);
        }
        BigInteger[] quotientAndRemainder = BigInteger.valueOf(value)
                .multiply(BigInteger.valueOf(numerator))
                .divideAndRemainder(BigInteger.valueOf(denominator));
        return roundHalfEven(
                quotientAndRemainder,
                BigInteger.valueOf(denominator),
                "the share " + numerator + "/" + denominator + " of " + value);
    }

    /**
     * The raw amount of {@code quantityRaw × priceRaw} (at scale {@code productScale}) at {@code
     * targetScale}, rounded half-even: the value of a signed position at a price.
     *
     * @throws ArithmeticException if the result does not fit a long
     */
    static long rescaleProductHalfEven(long quantityRaw, long priceRaw, int productScale, int targetScale) {
        long low = quantityRaw * priceRaw;
        long high = Math.multiplyHigh(quantityRaw, priceRaw);
        if (high == (low >> 63)) {
            if (productScale >= targetScale) {
                return divideHalfEven(low, PowersOfTen.of(productScale - targetScale));
            }
            return Math.multiplyExact(low, PowersOfTen.of(targetScale - productScale));
        }
        BigInteger product = BigInteger.valueOf(quantityRaw).multiply(BigInteger.valueOf(priceRaw));
        String description =
                quantityRaw + " × " + priceRaw + " at scale " + productScale + " rescaled to " + targetScale;
        if (productScale >= targetScale) {
            BigInteger divisor = BigInteger.valueOf(PowersOfTen.of(productScale - targetScale));
            return roundHalfEven(product.divideAndRemainder(divisor), divisor, description);
        }
        return exactLong(product.multiply(BigInteger.valueOf(PowersOfTen.of(targetScale - productScale))), description);
    }

    private static long roundHalfEven(BigInteger[] quotientAndRemainder, BigInteger divisor, String description) {
        BigInteger quotient = quotientAndRemainder[0];
        BigInteger remainder = quotientAndRemainder[1];
        int comparison = remainder.abs().shiftLeft(1).compareTo(divisor);
        if (comparison > 0 || (comparison == 0 && quotient.testBit(0))) {
            quotient = quotient.add(BigInteger.valueOf(remainder.signum()));
        }
        return exactLong(quotient, description);
    }

    private static long exactLong(BigInteger value, String description) {
        if (value.bitLength() > 63) {
            throw new ArithmeticException(description + " = " + value + " does not fit a long");
        }
        return value.longValue();
    }
}
