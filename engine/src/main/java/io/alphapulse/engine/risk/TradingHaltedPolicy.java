package io.alphapulse.engine.risk;

import io.alphapulse.engine.orders.SubmitOrder;

/**
 * Denies every order while trading is {@link TradingState#HALTED}: the kill switch. Put it first in
 * every chain; nothing else needs to run for a halted account.
 */
public final class TradingHaltedPolicy implements RiskPolicy {

    public static final String NAME = "trading-halted";

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        if (context.tradingState() == TradingState.HALTED) {
            return new RiskDecision.Denied(NAME, "trading is halted: order " + order.clientOrderId() + " not sent");
        }
        return new RiskDecision.Allowed(order);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
