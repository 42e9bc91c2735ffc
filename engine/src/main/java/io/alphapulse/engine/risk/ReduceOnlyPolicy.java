package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.SubmitOrder;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * While trading is {@link TradingState#REDUCING}, allows only orders that make the position smaller
 * without flipping it: a sell of at most the long position, a buy of at most the short one. Use it to
 * wind an account down (drawdown limit hit, end of a strategy's session) while still letting it exit.
 * A quote-quantity order is sized at the reference price for this check, and denied without one.
 */
public final class ReduceOnlyPolicy implements RiskPolicy {

    public static final String NAME = "reduce-only";

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        if (context.tradingState() != TradingState.REDUCING) {
            return new RiskDecision.Allowed(order);
        }
        BigDecimal position = OrderValuation.signedPosition(context);
        Optional<BigDecimal> quantity = OrderValuation.baseQuantity(order, context);
        if (quantity.isEmpty()) {
            return deny("no reference price to size quote-quantity order " + order.clientOrderId() + " for "
                    + order.quoteQuantity());
        }
        boolean reducesSide = order.side() == OrderSide.SELL ? position.signum() > 0 : position.signum() < 0;
        if (!reducesSide || quantity.get().compareTo(position.abs()) > 0) {
            return deny(order.side() + " " + quantity.get().toPlainString() + " of " + order.instrumentId()
                    + " does not reduce the position " + position.toPlainString());
        }
        return new RiskDecision.Allowed(order);
    }

    private static RiskDecision deny(String detail) {
        return new RiskDecision.Denied(NAME, "trading is reducing, only orders that reduce a position: " + detail);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
