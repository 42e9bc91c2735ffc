package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.orders.SubmitOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How the notional policies value an order. Works on decimals, so it is right whatever scale the
 * order's prices and quantity have, before or after {@link LotAndTickRoundingPolicy}.
 */
final class OrderValuation {

    private OrderValuation() {}

    /**
     * The price an order is valued at: its limit, else its trigger (where a stop turns into a market
     * order), else the reference price; empty when none is known.
     */
    static Optional<Price> valuationPrice(SubmitOrder order, RiskContext context) {
        if (order.limitPrice() != null) {
            return Optional.of(order.limitPrice());
        }
        if (order.triggerPrice() != null) {
            return Optional.of(order.triggerPrice());
        }
        return Optional.ofNullable(context.referencePrice());
    }

    /**
     * The order's value in the instrument's quote currency: its quote quantity, or its quantity at
     * {@link #valuationPrice}, rounded half-even; empty when it has no price to be valued at.
     */
    static Optional<Money> notional(SubmitOrder order, RiskContext context) {
        if (order.isQuoteQuantity()) {
            return Optional.of(order.quoteQuantity());
        }
        Instrument instrument = context.instrument();
        return valuationPrice(order, context)
                .map(price -> Money.of(
                        price.toBigDecimal().multiply(order.quantity().toBigDecimal()),
                        instrument.quoteCurrency(),
                        RoundingMode.HALF_EVEN));
    }

    /**
     * The base quantity the order trades: its quantity, or for a quote-quantity order its quote
     * quantity at the reference price (the venue sizes it at the fill price); empty without one.
     */
    static Optional<BigDecimal> baseQuantity(SubmitOrder order, RiskContext context) {
        if (!order.isQuoteQuantity()) {
            return Optional.of(order.quantity().toBigDecimal());
        }
        Price reference = context.referencePrice();
        if (reference == null || !reference.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(order.quoteQuantity()
                .toBigDecimal()
                .divide(reference.toBigDecimal(), context.instrument().sizeScale(), RoundingMode.DOWN));
    }

    /** The position in the order's instrument, signed: positive long, negative short. */
    static BigDecimal signedPosition(RiskContext context) {
        Instrument instrument = context.instrument();
        BigDecimal size = context.account().positionSize(instrument.id()).toBigDecimal();
        return switch (context.account().positionSide(instrument.id())) {
            case LONG -> size;
            case SHORT -> size.negate();
            case FLAT -> BigDecimal.ZERO;
        };
    }

    /**
     * A notional limit, checked: positive.
     *
     * @throws IllegalArgumentException naming {@code what} and the value otherwise
     */
    static Money requirePositiveMaximum(Money maximum, String what) {
        Objects.requireNonNull(maximum, "maximum");
        if (!maximum.isPositive()) {
            throw new IllegalArgumentException("maximum " + what + " notional must be positive, was " + maximum);
        }
        return maximum;
    }

    /**
     * Why a limit in {@code maximum}'s currency cannot judge orders of the context's instrument, or
     * empty when the currencies agree. A limit that cannot be checked denies rather than being skipped.
     */
    static Optional<String> currencyMismatch(Money maximum, RiskContext context, String what) {
        if (context.instrument().quoteCurrency().equals(maximum.currency())) {
            return Optional.empty();
        }
        return Optional.of("the maximum " + maximum + " cannot be compared with " + what + " "
                + context.instrument().id() + ", quoted in "
                + context.instrument().quoteCurrency());
    }
}
