package io.alphapulse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact, never negative amount of an instrument: order sizes, fill sizes, book level sizes,
 * volumes. {@code raw × 10^-scale}, like {@link Price}; signed positions belong elsewhere.
 *
 * <p>Operands must share the scale ({@link IllegalArgumentException} otherwise); overflow throws
 * {@link ArithmeticException}; a result below zero throws {@link IllegalArgumentException}. Equality
 * is same raw and same scale, as for {@link Price}, and {@link #compareTo} refuses different scales.
 *
 * @param raw the unscaled value, {@code >= 0}
 * @param scale number of decimals, 0..9
 */
public record Quantity(long raw, int scale) implements Comparable<Quantity> {

    public Quantity {
        FixedPoint.checkScale(scale, "Quantity");
        if (raw < 0) {
            throw new IllegalArgumentException("Quantity must not be negative, was " + FixedPoint.format(raw, scale));
        }
    }

    public static Quantity zero(int scale) {
        return new Quantity(0, scale);
    }

    /**
     * Parses {@code text} exactly at {@code scale}.
     *
     * @throws IllegalArgumentException if not a decimal, negative, or with more decimals than
     *     {@code scale}
     * @throws ArithmeticException if the value does not fit a long at that scale
     */
    public static Quantity of(String text, int scale) {
        return of(FixedPoint.parse(text, "Quantity"), scale);
    }

    public static Quantity of(BigDecimal value, int scale) {
        FixedPoint.checkScale(scale, "Quantity");
        return new Quantity(FixedPoint.toRawExact(value, scale, "Quantity"), scale);
    }

    /** Parses and rounds to {@code scale}; sizing code usually wants {@link RoundingMode#DOWN}. */
    public static Quantity of(String text, int scale, RoundingMode rounding) {
        return of(FixedPoint.parse(text, "Quantity"), scale, rounding);
    }

    public static Quantity of(BigDecimal value, int scale, RoundingMode rounding) {
        FixedPoint.checkScale(scale, "Quantity");
        return new Quantity(FixedPoint.toRaw(value, scale, rounding, "Quantity"), scale);
    }

    /** Parses {@code text} taking the scale from its written decimals: {@code "0.0010"} is scale 4. */
    public static Quantity parse(String text) {
        BigDecimal value = FixedPoint.parse(text, "Quantity");
        return of(value, Math.max(0, value.scale()));
    }

    public Quantity add(Quantity other) {
        requireSameScale(other, "add");
        return new Quantity(Math.addExact(raw, other.raw), scale);
    }

    /**
     * The difference.
     *
     * @throws IllegalArgumentException if {@code other} is larger than this quantity
     */
    public Quantity subtract(Quantity other) {
        requireSameScale(other, "subtract");
        if (other.raw > raw) {
            throw new IllegalArgumentException(
                    "cannot subtract " + other + " from " + this + ": a Quantity cannot be negative");
        }
        return new Quantity(raw - other.raw, scale);
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Quantity max(Quantity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This quantity at another scale; shrinking fails if a non-zero digit would be lost. */
    public Quantity withScale(int newScale) {
        return of(toBigDecimal(), newScale);
    }

    public Quantity withScale(int newScale, RoundingMode rounding) {
        return of(toBigDecimal(), newScale, rounding);
    }

    @Override
    public int compareTo(Quantity other) {
        requireSameScale(other, "compare");
        return Long.compare(raw, other.raw);
    }

    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Quantity other) {
        return compareTo(other) < 0;
    }

    public boolean isPositive() {
        return raw > 0;
    }

    public boolean isZero() {
        return raw == 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(raw, scale);
    }

    /** An approximation for indicators and statistics; never for balances or orders. */
    public double toDouble() {
        return FixedPoint.toDouble(raw, scale);
    }

    /** Plain decimal with exactly {@code scale} decimals, e.g. {@code 0.00150000}. */
    @Override
    public String toString() {
        return FixedPoint.format(raw, scale);
    }

    private void requireSameScale(Quantity other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException("cannot " + operation + " " + this + " and null");
        }
        if (other.scale != scale) {
            throw new IllegalArgumentException("cannot " + operation + " quantities of different scales: " + this
                    + " (scale " + scale + ") and " + other + " (scale " + other.scale + ")");
        }
    }
}
