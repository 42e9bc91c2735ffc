package io.alphapulse.engine.backtest;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.PowersOfTen;
import java.util.Arrays;
import java.util.Objects;

/**
 * Account equity at each bar close, in one currency: {@code cash + Σ position × close}. Kept as two
 * parallel columns (time and raw money at the currency's scale) because a backtest records one point
 * per bar, millions of them. Each point is labelled with its bar's timestamp (the open time, as in the
 * data file). Immutable.
 */
public final class EquityCurve {

    private final Currency currency;
    private final long[] timestampsNanos;
    private final long[] equityRaw;

    /** Copies the first {@code size} points of the arrays. */
    public EquityCurve(Currency currency, long[] timestampsNanos, long[] equityRaw, int size) {
        this.currency = Objects.requireNonNull(currency, "currency");
        if (size < 0 || size > timestampsNanos.length || size > equityRaw.length) {
            throw new IllegalArgumentException("size " + size + " exceeds the arrays");
        }
        this.timestampsNanos = Arrays.copyOf(timestampsNanos, size);
        this.equityRaw = Arrays.copyOf(equityRaw, size);
    }

    /** Takes the arrays without copying: for a recorder handing over columns it will not touch again. */
    static EquityCurve adopt(Currency currency, long[] timestampsNanos, long[] equityRaw) {
        return new EquityCurve(currency, timestampsNanos, equityRaw);
    }

    private EquityCurve(Currency currency, long[] timestampsNanos, long[] equityRaw) {
        if (timestampsNanos.length != equityRaw.length) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.currency = Objects.requireNonNull(currency, "currency");
        this.timestampsNanos = timestampsNanos;
        this.equityRaw = equityRaw;
    }

    public Currency currency() {
        return currency;
    }

    public int size() {
        return equityRaw.length;
    }

    public long timestampNanos(int index) {
        return timestampsNanos[index];
    }

    /** Equity at point {@code index}, raw at the currency's scale. */
    public long equityRaw(int index) {
        return equityRaw[index];
    }

    public Money equity(int index) {
        return new Money(equityRaw[index], currency);
    }

    /** Equity at point {@code index} as a double, for statistics and charts. */
    public double equityDouble(int index) {
        return equityRaw[index] / (double) PowersOfTen.of(currency.scale());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EquityCurve that
                && currency.equals(that.currency)
                && Arrays.equals(timestampsNanos, that.timestampsNanos)
                && Arrays.equals(equityRaw, that.equityRaw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, Arrays.hashCode(timestampsNanos), Arrays.hashCode(equityRaw));
    }

    @Override
    public String toString() {
        return "EquityCurve[" + currency.code() + ", " + size() + " points]";
    }
}
