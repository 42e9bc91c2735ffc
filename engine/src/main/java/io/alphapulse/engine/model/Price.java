package io.alphapulse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact price: {@code raw × 10^-scale}, for example raw {@code 6512345}, scale {@code 2} is
 * {@code 65123.45}. Use it for every price that reaches an order, a fill or the book; indicators may
 * work on {@link #toDouble()}.
 *
 * <p>A price may be negative (spreads, some futures), so it is signed. Arithmetic never rounds and
 * never wraps: operands must share the scale ({@link IllegalArgumentException} otherwise) and an
 * overflowing result throws {@link ArithmeticException}.
 *
 * <p><b>Equality</b> is the record's: same raw and same scale. {@code 1.0} at scale 1 and {@code
 * 1.00} at scale 2 are <em>not</em> equal, because different scales mean different instruments and
 * mixing them is a bug; {@link #compareTo} refuses them for the same reason. Compare across scales
 * with {@link #toBigDecimal()} if you really mean to.
 *
 * @param raw the unscaled value
 * @param scale number of decimals, 0..9
 */
public record Price(long raw, int scale) implements Comparable<Price> {

    public Price {
        FixedPoint.checkScale(scale, "Price");
    }

    /** Zero at the given scale. */
    public static Price zero(int scale) {
        return new Price(0, scale);
    }

    /**
     * Parses {@code text} exactly at {@code scale}: {@code of("65123.4", 2)} is {@code 65123.40}.
     *
     * @throws IllegalArgumentException if the text is not a decimal number or has more (non-zero)
     *     decimals than {@code scale}
     * @throws ArithmeticException if the value does not fit a long at that scale
     */
    public static Price of(String text, int scale) {
        return of(FixedPoint.parse(text, "Price"), scale);
    }

    /** Like {@link #of(String, int)} for a {@link BigDecimal}. */
    public static Price of(BigDecimal value, int scale) {
        FixedPoint.checkScale(scale, "Price");
        return new Price(FixedPoint.toRawExact(value, scale, "Price"), scale);
    }

    /** Parses {@code text} and rounds it to {@code scale} with {@code rounding}. */
    public static Price of(String text, int scale, RoundingMode rounding) {
        return of(FixedPoint.parse(text, "Price"), scale, rounding);
    }

    /** Rounds {@code value} to {@code scale} with {@code rounding}. */
    public static Price of(BigDecimal value, int scale, RoundingMode rounding) {
        FixedPoint.checkScale(scale, "Price");
        return new Price(FixedPoint.toRaw(value, scale, rounding, "Price"), scale);
    }

    /**
     * Parses {@code text} taking the scale from its written decimals: {@code "0.050"} is scale 3.
     * Meant for configuration and fixtures where the text defines the precision (a tick size).
     */
    public static Price parse(String text) {
        BigDecimal value = FixedPoint.parse(text, "Price");
        return of(value, Math.max(0, value.scale()));
    }

    /**
     * The exact midpoint of two prices of the same scale, at one more decimal ({@code 100.01} and
     * {@code 100.02} give {@code 100.015}). At scale 9 there is no further decimal and the midpoint is
     * rounded half-even to scale 9.
     */
    public static Price midpoint(Price first, Price second) {
        first.requireSameScale(second, "midpoint of");
        long sum = Math.addExact(first.raw, second.raw);
        if (first.scale < FixedPoint.MAX_SCALE) {
            return new Price(Math.multiplyExact(sum, 5L), first.scale + 1);
        }
        return new Price(FixedPoint.divideRounded(sum, 2L, RoundingMode.HALF_EVEN), first.scale);
    }

    /** The sum; same scale required, overflow throws {@link ArithmeticException}. */
    public Price add(Price other) {
        requireSameScale(other, "add");
        return new Price(Math.addExact(raw, other.raw), scale);
    }

    /** The difference; same scale required, overflow throws {@link ArithmeticException}. */
    public Price subtract(Price other) {
        requireSameScale(other, "subtract");
        return new Price(Math.subtractExact(raw, other.raw), scale);
    }

    public Price negate() {
        return new Price(Math.negateExact(raw), scale);
    }

    public Price abs() {
        return raw < 0 ? negate() : this;
    }

    /**
     * This price at another scale. Growing the scale is always exact (unless it overflows);
     * shrinking it fails with {@link IllegalArgumentException} if a non-zero digit would be lost.
     */
    public Price withScale(int newScale) {
        return of(toBigDecimal(), newScale);
    }

    /** This price rounded to another scale. */
    public Price withScale(int newScale, RoundingMode rounding) {
        return of(toBigDecimal(), newScale, rounding);
    }

    /**
     * The exact value of {@code quantity} units at this price, in {@code currency}, rounded to the
     * currency's scale with {@code rounding}. Never overflows silently: when the 128-bit product does
     * not fit a long the computation falls back to {@link BigDecimal}, and a result that does not fit
     * throws {@link ArithmeticException}.
     */
    public Money notional(Quantity quantity, Currency currency, RoundingMode rounding) {
        if (quantity == null || currency == null || rounding == null) {
            throw new IllegalArgumentException("notional needs quantity, currency and rounding, got " + quantity + ", "
                    + currency + ", " + rounding);
        }
        int productScale = scale + quantity.scale();
        int targetScale = currency.scale();
        long low = raw * quantity.raw();
        long high = Math.multiplyHigh(raw, quantity.raw());
        if (high == (low >> 63)) {
            // The product fits a long: stay on primitives, the common case for real prices and sizes.
            if (productScale >= targetScale) {
                long divisor = FixedPoint.powerOfTen(productScale - targetScale);
                return new Money(FixedPoint.divideRounded(low, divisor, rounding), currency);
            }
            return new Money(Math.multiplyExact(low, FixedPoint.powerOfTen(targetScale - productScale)), currency);
        }
        BigDecimal exact = toBigDecimal().multiply(quantity.toBigDecimal());
        return new Money(FixedPoint.toRaw(exact, targetScale, rounding, "notional"), currency);
    }

    /** Orders by value. Both prices must have the same scale. */
    @Override
    public int compareTo(Price other) {
        requireSameScale(other, "compare");
        return Long.compare(raw, other.raw);
    }

    public boolean isGreaterThan(Price other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Price other) {
        return compareTo(other) < 0;
    }

    public boolean isPositive() {
        return raw > 0;
    }

    public boolean isNegative() {
        return raw < 0;
    }

    public boolean isZero() {
        return raw == 0;
    }

    public int signum() {
        return Long.signum(raw);
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(raw, scale);
    }

    /** An approximation for indicators and charts; never feed it back into orders or balances. */
    public double toDouble() {
        return FixedPoint.toDouble(raw, scale);
    }

    /** Plain decimal with exactly {@code scale} decimals, e.g. {@code 65123.40}, {@code -0.05}. */
    @Override
    public String toString() {
        return FixedPoint.format(raw, scale);
    }

    private void requireSameScale(Price other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException("cannot " + operation + " " + this + " and null");
        }
        if (other.scale != scale) {
            throw new IllegalArgumentException("cannot " + operation + " prices of different scales: " + this
                    + " (scale " + scale + ") and " + other + " (scale " + other.scale + ")");
        }
    }
}
