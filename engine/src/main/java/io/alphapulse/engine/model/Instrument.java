package io.alphapulse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the engine must know to trade an instrument: its currencies and the venue's grid. Every
 * price of the instrument has the tick's scale and is a multiple of the tick; every quantity has the
 * lot's scale and is a multiple of the lot (ARCHITECTURE.md §3: quantities are truncated to the lot,
 * prices rounded to the tick). Build one per instrument at startup, from venue metadata or
 * configuration, and use its helpers to turn decimals from the outside world into on-grid values.
 *
 * @param id the instrument
 * @param baseCurrency what is bought or sold ({@code BTC} in {@code BTC-USDT})
 * @param quoteCurrency what prices, notionals and (by default) fees are in ({@code USDT})
 * @param priceIncrement the tick: smallest price step, positive; its scale is the price scale
 * @param sizeIncrement the lot: smallest quantity step, positive; its scale is the size scale
 * @param minQuantity smallest order quantity: at least one lot and a multiple of it
 * @param minNotional smallest order value, in the quote currency, not negative
 */
public record Instrument(
        InstrumentId id,
        Currency baseCurrency,
        Currency quoteCurrency,
        Price priceIncrement,
        Quantity sizeIncrement,
        Quantity minQuantity,
        Money minNotional) {

    public Instrument {
        if (id == null
                || baseCurrency == null
                || quoteCurrency == null
                || priceIncrement == null
                || sizeIncrement == null
                || minQuantity == null
                || minNotional == null) {
            throw new IllegalArgumentException("instrument " + id + " has a null field: base " + baseCurrency
                    + ", quote " + quoteCurrency + ", tick " + priceIncrement + ", lot " + sizeIncrement
                    + ", min quantity " + minQuantity + ", min notional " + minNotional);
        }
        if (!priceIncrement.isPositive()) {
            throw new IllegalArgumentException("tick of " + id + " must be positive, was " + priceIncrement);
        }
        if (!sizeIncrement.isPositive()) {
            throw new IllegalArgumentException("lot of " + id + " must be positive, was " + sizeIncrement);
        }
        if (minQuantity.scale() != sizeIncrement.scale()
                || minQuantity.raw() < sizeIncrement.raw()
                || minQuantity.raw() % sizeIncrement.raw() != 0) {
            throw new IllegalArgumentException("min quantity " + minQuantity + " of " + id
                    + " must be a positive multiple of the lot " + sizeIncrement);
        }
        if (!minNotional.currency().equals(quoteCurrency)) {
            throw new IllegalArgumentException(
                    "min notional " + minNotional + " of " + id + " must be in the quote currency " + quoteCurrency);
        }
        if (minNotional.isNegative()) {
            throw new IllegalArgumentException("min notional of " + id + " must not be negative, was " + minNotional);
        }
    }

    /**
     * An instrument whose tick and lot take their scale from the written decimals ({@code "0.01"},
     * {@code "0.00001"}), with a minimum quantity of one lot.
     */
    public static Instrument of(
            InstrumentId id,
            Currency baseCurrency,
            Currency quoteCurrency,
            String priceIncrement,
            String sizeIncrement,
            String minNotional) {
        Quantity lot = Quantity.parse(sizeIncrement);
        return new Instrument(
                id,
                baseCurrency,
                quoteCurrency,
                Price.parse(priceIncrement),
                lot,
                lot,
                Money.of(minNotional, quoteCurrency));
    }

    public int priceScale() {
        return priceIncrement.scale();
    }

    public int sizeScale() {
        return sizeIncrement.scale();
    }

    /**
     * Parses an on-tick price exactly.
     *
     * @throws IllegalArgumentException if it has more decimals than the tick or is not a multiple of
     *     it ({@code 100.03} with tick {@code 0.05})
     */
    public Price price(String text) {
        return requireOnTick(Price.of(text, priceScale()));
    }

    /** Like {@link #price(String)} for a {@link BigDecimal}. */
    public Price price(BigDecimal value) {
        return requireOnTick(Price.of(value, priceScale()));
    }

    /**
     * Parses an on-lot quantity exactly.
     *
     * @throws IllegalArgumentException if negative, with more decimals than the lot, or not a
     *     multiple of it
     */
    public Quantity quantity(String text) {
        return requireOnLot(Quantity.of(text, sizeScale()));
    }

    public Quantity quantity(BigDecimal value) {
        return requireOnLot(Quantity.of(value, sizeScale()));
    }

    /**
     * The multiple of the tick nearest to {@code value} in the direction {@code rounding} says, in one
     * exact step: a buy limit usually rounds {@link RoundingMode#FLOOR}, a sell limit {@link
     * RoundingMode#CEILING}.
     *
     * @throws ArithmeticException if the result does not fit, or rounding is {@code UNNECESSARY} and
     *     the value is off-tick
     */
    public Price roundPriceToTick(BigDecimal value, RoundingMode rounding) {
        if (value == null || rounding == null) {
            throw new IllegalArgumentException("cannot round " + value + " to tick of " + id + " with " + rounding);
        }
        // Counting ticks directly avoids double rounding (first to the scale, then to the tick).
        BigDecimal bounded = FixedPoint.bound(value, priceScale(), "Price");
        BigDecimal ticks;
        try {
            ticks = bounded.divide(priceIncrement.toBigDecimal(), 0, rounding);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("price " + value + " is not a multiple of the tick " + priceIncrement + " of "
                    + id + " and rounding is " + rounding);
        }
        long tickCount = Price.of(ticks, 0).raw();
        return new Price(Math.multiplyExact(tickCount, priceIncrement.raw()), priceScale());
    }

    /**
     * {@code value} truncated down to a whole number of lots.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Quantity floorToLot(BigDecimal value) {
        requireNotNegative(value);
        BigDecimal bounded = FixedPoint.bound(value, sizeScale(), "Quantity");
        long lots = Quantity.of(bounded.divide(sizeIncrement.toBigDecimal(), 0, RoundingMode.DOWN), 0)
                .raw();
        return new Quantity(Math.multiplyExact(lots, sizeIncrement.raw()), sizeScale());
    }

    /**
     * {@code dividend / divisor} truncated down to whole lots without rounding the quotient first:
     * sizing as in {@code floorToLot(cash, price × (1 + fee))}, where the quotient rarely terminates.
     *
     * @throws IllegalArgumentException if {@code dividend} is negative or {@code divisor} is not
     *     positive
     */
    public Quantity floorToLot(BigDecimal dividend, BigDecimal divisor) {
        requireNotNegative(dividend);
        if (divisor == null || divisor.signum() <= 0) {
            throw new IllegalArgumentException("divisor for " + id + " lot sizing must be positive, was " + divisor);
        }
        BigDecimal lots = dividend.divideToIntegralValue(divisor.multiply(sizeIncrement.toBigDecimal()));
        long lotCount = Quantity.of(lots, 0).raw();
        return new Quantity(Math.multiplyExact(lotCount, sizeIncrement.raw()), sizeScale());
    }

    public boolean isOnTick(Price price) {
        return price.scale() == priceScale() && price.raw() % priceIncrement.raw() == 0;
    }

    public boolean isOnLot(Quantity quantity) {
        return quantity.scale() == sizeScale() && quantity.raw() % sizeIncrement.raw() == 0;
    }

    /** {@code price × quantity} in the quote currency, rounded half-even to its scale. */
    public Money notional(Price price, Quantity quantity) {
        return notional(price, quantity, RoundingMode.HALF_EVEN);
    }

    /**
     * {@code price × quantity} in the quote currency with explicit rounding.
     *
     * @throws IllegalArgumentException if price or quantity do not have this instrument's scales
     */
    public Money notional(Price price, Quantity quantity, RoundingMode rounding) {
        if (price == null || price.scale() != priceScale()) {
            throw new IllegalArgumentException(
                    "price " + price + " does not have the price scale " + priceScale() + " of " + id);
        }
        if (quantity == null || quantity.scale() != sizeScale()) {
            throw new IllegalArgumentException(
                    "quantity " + quantity + " does not have the size scale " + sizeScale() + " of " + id);
        }
        return price.notional(quantity, quoteCurrency, rounding);
    }

    private Price requireOnTick(Price price) {
        if (price.raw() % priceIncrement.raw() != 0) {
            throw new IllegalArgumentException(
                    "price " + price + " is not a multiple of the tick " + priceIncrement + " of " + id);
        }
        return price;
    }

    private Quantity requireOnLot(Quantity quantity) {
        if (quantity.raw() % sizeIncrement.raw() != 0) {
            throw new IllegalArgumentException(
                    "quantity " + quantity + " is not a multiple of the lot " + sizeIncrement + " of " + id);
        }
        return quantity;
    }

    private void requireNotNegative(BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("quantity for " + id + " must not be negative, was " + value);
        }
    }
}
