package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pre-trade risk: a list of {@link RiskPolicy}s run in order on every order before it is sent. Each
 * policy sees the order the previous one allowed (so rounding happens before valuing), and the first
 * denial wins: later policies do not run. The engine is itself a policy, so chains nest (a venue's
 * rules inside an account's).
 *
 * <pre>{@code
 * RiskEngine risk = RiskEngine.defaultChain(Money.of("50000", USDT), Money.of("200000", USDT));
 * switch (risk.check(order, new RiskContext(instrument, portfolio, lastClose, TradingState.ACTIVE))) {
 *     case RiskDecision.Allowed allowed -> bus.publish(commands, allowed.order());
 *     case RiskDecision.Denied denied -> reject(order, denied.toString());
 * }
 * }</pre>
 *
 * Stateless and immutable; the account-wide risk manager (open orders, drawdown, exposure across
 * instruments) builds on it by adding policies and deciding the {@link TradingState}.
 */
public final class RiskEngine implements RiskPolicy {

    private final List<RiskPolicy> policies;

    public RiskEngine(List<RiskPolicy> policies) {
        Objects.requireNonNull(policies, "policies");
        this.policies = List.copyOf(policies);
    }

    /**
     * The checks every order needs, whatever the account: halted, reduce-only, lot and tick, minimum
     * notional, in that order.
     */
    public static RiskEngine defaultChain() {
        return new RiskEngine(List.of(
                new TradingHaltedPolicy(),
                new ReduceOnlyPolicy(),
                new LotAndTickRoundingPolicy(),
                new MinNotionalPolicy()));
    }

    /** {@link #defaultChain()} followed by a maximum order value and a maximum position value. */
    public static RiskEngine defaultChain(Money maximumOrderNotional, Money maximumPositionNotional) {
        return defaultChain()
                .andThen(new MaxOrderNotionalPolicy(maximumOrderNotional))
                .andThen(new MaxPositionNotionalPolicy(maximumPositionNotional));
    }

    /** A new engine running this one's policies and then {@code policy}. */
    public RiskEngine andThen(RiskPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<RiskPolicy> extended = new ArrayList<>(policies);
        extended.add(policy);
        return new RiskEngine(extended);
    }

    public List<RiskPolicy> policies() {
        return policies;
    }

    /**
     * Runs the policies on {@code order}.
     *
     * @throws IllegalArgumentException if the context is for another instrument than the order
     * @throws IllegalStateException if a policy allows a different order (another client order id,
     *     instrument or side): adjusting an order must not turn it into another
     */
    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(context, "context");
        if (!context.instrument().id().equals(order.instrumentId())) {
            throw new IllegalArgumentException("order " + order.clientOrderId() + " is for " + order.instrumentId()
                    + " but the risk context is for " + context.instrument().id());
        }
        SubmitOrder current = order;
        for (RiskPolicy policy : policies) {
            switch (policy.check(current, context)) {
                case RiskDecision.Denied denied -> {
                    return denied;
                }
                case RiskDecision.Allowed allowed -> {
                    requireSameOrder(policy, current, allowed.order());
                    current = allowed.order();
                }
            }
        }
        return new RiskDecision.Allowed(current);
    }

    private static void requireSameOrder(RiskPolicy policy, SubmitOrder checked, SubmitOrder allowed) {
        if (!allowed.clientOrderId().equals(checked.clientOrderId())
                || !allowed.instrumentId().equals(checked.instrumentId())
                || allowed.side() != checked.side()) {
            throw new IllegalStateException(
                    "risk policy " + policy + " turned order " + checked + " into another: " + allowed);
        }
    }

    @Override
    public String toString() {
        return "RiskEngine" + policies;
    }
}
