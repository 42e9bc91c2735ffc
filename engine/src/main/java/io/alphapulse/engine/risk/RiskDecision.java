package io.alphapulse.engine.risk;

import io.alphapulse.engine.orders.SubmitOrder;

/**
 * What a {@link RiskPolicy} or the {@link RiskEngine} decided about an order: go ahead, possibly with
 * an adjusted order (quantity floored to the lot, prices on the tick), or stop, saying which policy
 * refused it and why. Sealed, so callers switch over it:
 *
 * <pre>{@code
 * switch (riskEngine.check(order, context)) {
 *     case RiskDecision.Allowed allowed -> send(allowed.order());
 *     case RiskDecision.Denied denied -> publish(new OrderRejected(..., denied.toString(), now));
 * }
 * }</pre>
 */
public sealed interface RiskDecision {

    /** Whether the order may go on. */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /**
     * The order may go on, as given here.
     *
     * @param order the order to send: the one checked, or an adjusted copy with the same client
     *     order id, instrument and side
     */
    record Allowed(SubmitOrder order) implements RiskDecision {

        public Allowed {
            if (order == null) {
                throw new IllegalArgumentException("an allowed decision needs the order to send");
            }
        }
    }

    /**
     * The order must not be sent.
     *
     * @param policy the name of the policy that refused it, e.g. {@code trading-halted}
     * @param reason why, for people, naming the offending values
     */
    record Denied(String policy, String reason) implements RiskDecision {

        public Denied {
            if (policy == null || policy.isBlank() || reason == null || reason.isBlank()) {
                throw new IllegalArgumentException(
                        "a denial needs a policy and a reason, got '" + policy + "' and '" + reason + "'");
            }
        }

        /** {@code policy: reason}, the text an {@code OrderRejected} carries. */
        @Override
        public String toString() {
            return policy + ": " + reason;
        }
    }
}
