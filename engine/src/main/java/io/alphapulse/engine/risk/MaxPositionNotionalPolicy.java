package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.orders.SubmitOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Denies an order that would leave a position in its instrument worth more than a maximum, long or
 * short, valued at the reference price (or, before one is known, the order's own limit or trigger).
 * Orders that make the position smaller are always allowed, even when it is still above the maximum
 * (prices moved): the way out must stay open. Working orders are not counted; the account-wide risk
 * manager does that.
 */
public final class MaxPositionNotionalPolicy implements RiskPolicy {

    public static final String NAME = "max-position-notional";

    private final Money maximum;

    /** @param maximum the largest position value allowed, positive, in the quote currency it applies to */
    public MaxPositionNotionalPolicy(Money maximum) {
        this.maximum = OrderValuation.requirePositiveMaximum(maximum, "position");
    }

    public Money maximum() {
        return maximum;
    }

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        Optional<String> mismatch = OrderValuation.currencyMismatch(maximum, context, "positions in");
        if (mismatch.isPresent()) {
            return deny(mismatch.get());
        }
        Optional<Price> price =
                Optional.ofNullable(context.referencePrice()).or(() -> OrderValuation.valuationPrice(order, context));
        Optional<BigDecimal> quantity = OrderValuation.baseQuantity(order, context);
        if (price.isEmpty() || quantity.isEmpty()) {
            return deny("no price to value the position order " + order.clientOrderId() + " would leave");
        }
        BigDecimal position = OrderValuation.signedPosition(context);
        BigDecimal resulting = position.add(
                quantity.get().multiply(BigDecimal.valueOf(order.side().sign())));
        if (resulting.abs().compareTo(position.abs()) <= 0) {
            return new RiskDecision.Allowed(order);
        }
        Money value = Money.of(
                resulting.abs().multiply(price.get().toBigDecimal()), maximum.currency(), RoundingMode.HALF_EVEN);
        if (value.isGreaterThan(maximum)) {
            return deny("the resulting position " + resulting.toPlainString() + " " + order.instrumentId()
                    + " is worth " + value + " at " + price.get() + ", above the maximum " + maximum);
        }
        return new RiskDecision.Allowed(order);
    }

    private static RiskDecision deny(String reason) {
        return new RiskDecision.Denied(NAME, reason);
    }

    @Override
    public String toString() {
        return NAME + " " + maximum;
    }
}
