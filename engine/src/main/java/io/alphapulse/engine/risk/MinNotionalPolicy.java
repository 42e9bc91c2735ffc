package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.Optional;

/**
 * Denies orders below the instrument's minimums, which the venue would reject anyway: a quantity
 * below the minimum quantity, or a value below the minimum notional. The value is the quote quantity
 * of a quote-quantity order, otherwise the quantity at the limit price, else the trigger price, else
 * the reference price; an order that cannot be valued is denied when the instrument has a minimum
 * notional.
 */
public final class MinNotionalPolicy implements RiskPolicy {

    public static final String NAME = "min-notional";

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        Instrument instrument = context.instrument();
        if (order.quantity() != null
                && order.quantity()
                                .toBigDecimal()
                                .compareTo(instrument.minQuantity().toBigDecimal())
                        < 0) {
            return new RiskDecision.Denied(
                    NAME,
                    "quantity " + order.quantity() + " is below the minimum quantity " + instrument.minQuantity()
                            + " of " + instrument.id());
        }
        if (instrument.minNotional().isZero()) {
            return new RiskDecision.Allowed(order);
        }
        Optional<Money> value = OrderValuation.notional(order, context);
        if (value.isEmpty()) {
            return new RiskDecision.Denied(
                    NAME,
                    "no price to value order " + order.clientOrderId() + " against the minimum notional "
                            + instrument.minNotional() + " of " + instrument.id());
        }
        if (value.get().isLessThan(instrument.minNotional())) {
            return new RiskDecision.Denied(
                    NAME,
                    "order value " + value.get() + " is below the minimum notional " + instrument.minNotional() + " of "
                            + instrument.id());
        }
        return new RiskDecision.Allowed(order);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
