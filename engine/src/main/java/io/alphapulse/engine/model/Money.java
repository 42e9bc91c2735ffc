package io.alphapulse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact, signed amount of a {@link Currency}: balances, cash, fees, notionals, P&L. The scale is
 * the currency's, so {@code raw 1234, USD} is {@code 12.34 USD}.
 *
 * <p>Amounts of different currencies never mix: {@link #add}, {@link #subtract} and {@link
 * #compareTo} throw {@link IllegalArgumentException} naming both. Overflow throws {@link
 * ArithmeticException}. Equality is same raw and same currency.
 *
 * @param raw the unscaled value at {@code currency.scale()}
 * @param currency the currency, which fixes the scale
 */
public record Money(long raw, Currency currency) implements Comparable<Money> {

    public Money {
        if (currency == null) {
            throw new IllegalArgumentException("Money needs a currency, raw was " + raw);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Parses {@code text} exactly at the currency's scale.
     *
     * @throws IllegalArgumentException if not a decimal or with more decimals than the currency has
     * @throws ArithmeticException if it does not fit a long
     */
    public static Money of(String text, Currency currency) {
        return of(FixedPoint.parse(text, "Money"), currency);
    }

    public static Money of(BigDecimal value, Currency currency) {
        requireCurrency(currency, value);
        return new Money(FixedPoint.toRawExact(value, currency.scale(), "Money"), currency);
    }

    public static Money of(String text, Currency currency, RoundingMode rounding) {
        return of(FixedPoint.parse(text, "Money"), currency, rounding);
    }

    /** Rounds {@code value} to the currency's scale with {@code rounding}. */
    public static Money of(BigDecimal value, Currency currency, RoundingMode rounding) {
        requireCurrency(currency, value);
        return new Money(FixedPoint.toRaw(value, currency.scale(), rounding, "Money"), currency);
    }

    /** The currency's scale. */
    public int scale() {
        return currency.scale();
    }

    public Money add(Money other) {
        requireSameCurrency(other, "add");
        return new Money(Math.addExact(raw, other.raw), currency);
    }

    public Money subtract(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(Math.subtractExact(raw, other.raw), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(raw), currency);
    }

    public Money abs() {
        return raw < 0 ? negate() : this;
    }

    /** This amount times a whole number, exactly. */
    public Money multiply(long factor) {
        return new Money(Math.multiplyExact(raw, factor), currency);
    }

    /**
     * This amount times a decimal factor, rounded to the currency's scale; use it for fee rates
     * ({@code notional.multiply(new BigDecimal("0.001"), RoundingMode.HALF_EVEN)}).
     */
    public Money multiply(BigDecimal factor, RoundingMode rounding) {
        if (factor == null) {
            throw new IllegalArgumentException("cannot multiply " + this + " by null");
        }
        return of(toBigDecimal().multiply(factor), currency, rounding);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        return Long.compare(raw, other.raw);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
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
        return BigDecimal.valueOf(raw, currency.scale());
    }

    /** An approximation for statistics and charts; never for balances. */
    public double toDouble() {
        return FixedPoint.toDouble(raw, currency.scale());
    }

    /** Amount and code, e.g. {@code 12.34 USD}, {@code -0.00100000 BTC}. */
    @Override
    public String toString() {
        return FixedPoint.format(raw, currency.scale()) + " " + currency.code();
    }

    private static void requireCurrency(Currency currency, BigDecimal value) {
        if (currency == null) {
            throw new IllegalArgumentException("Money " + value + " needs a currency");
        }
    }

    private void requireSameCurrency(Money other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException("cannot " + operation + " " + this + " and null");
        }
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("cannot " + operation + " different currencies: " + this + " ("
                    + currency.code() + ", scale " + currency.scale() + ") and " + other + " ("
                    + other.currency.code() + ", scale " + other.currency.scale() + ")");
        }
    }
}
