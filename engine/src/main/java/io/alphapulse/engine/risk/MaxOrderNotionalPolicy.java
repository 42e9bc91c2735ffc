package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.Optional;

/**
 * Denies a single order worth more than a maximum: the fat-finger guard (a misplaced decimal in a
 * size, a strategy sizing off a bad price). The order is valued like {@link MinNotionalPolicy} does;
 * one that cannot be valued, or whose instrument is quoted in another currency than the maximum, is
 * denied, because a limit that cannot be checked must not be skipped.
 */
public final class MaxOrderNotionalPolicy implements RiskPolicy {

    public static final String NAME = "max-order-notional";

    private final Money maximum;

    /** @param maximum the largest order value allowed, positive, in the quote currency it applies to */
    public MaxOrderNotionalPolicy(Money maximum) {
        this.maximum = OrderValuation.requirePositiveMaximum(maximum, "order");
    }

    public Money maximum() {
        return maximum;
    }

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        Optional<String> mismatch = OrderValuation.currencyMismatch(maximum, context, "orders of");
        if (mismatch.isPresent()) {
            return deny(mismatch.get());
        }
        Optional<Money> value = OrderValuation.notional(order, context);
        if (value.isEmpty()) {
            return deny("no price to value order " + order.clientOrderId() + " against the maximum " + maximum);
        }
        if (value.get().isGreaterThan(maximum)) {
            return deny("order value " + value.get() + " exceeds the maximum " + maximum);
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
