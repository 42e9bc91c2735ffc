package io.alphapulse.engine.risk;

import io.alphapulse.engine.orders.SubmitOrder;

/**
 * One named pre-trade rule: looks at an order in its {@link RiskContext} and allows it (possibly
 * adjusted) or denies it with a reason. Policies are small and independent; the {@link RiskEngine}
 * runs a list of them in order, handing each the order the previous one allowed.
 *
 * <p>A policy must be a pure function of its arguments: no state, no I/O, the same decision for the
 * same order and context. An adjusted order keeps the client order id, instrument and side.
 */
@FunctionalInterface
public interface RiskPolicy {

    RiskDecision check(SubmitOrder order, RiskContext context);
}
