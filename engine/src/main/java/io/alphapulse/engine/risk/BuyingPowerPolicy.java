package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.Optional;

/**
 * Denies, on a spot account, a buy the quote cash cannot pay for: its value (the quantity at the limit,
 * else the trigger, else the reference price) above the cash available in the instrument's quote
 * currency. Quote-quantity buys pass: the venue spends at most the cash there is. Sells and orders that
 * cannot be valued pass too (the venue has the last word at fill time); this check only stops orders
 * that could not fill even if the price stood still.
 */
public final class BuyingPowerPolicy implements RiskPolicy {

    public static final String NAME = "buying-power";

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        if (order.side() != OrderSide.BUY || order.isQuoteQuantity()) {
            return new RiskDecision.Allowed(order);
        }
        Optional<Money> value = OrderValuation.notional(order, context);
        if (value.isEmpty()) {
            return new RiskDecision.Allowed(order);
        }
        Money cash = context.account().cash(context.instrument().quoteCurrency());
        if (value.get().isGreaterThan(cash)) {
            return new RiskDecision.Denied(
                    NAME,
                    "order value " + value.get() + " exceeds the available cash " + cash + " for "
                            + context.instrument().id());
        }
        return new RiskDecision.Allowed(order);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
