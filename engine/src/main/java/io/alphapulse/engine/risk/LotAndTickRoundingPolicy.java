package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.SubmitOrder;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Puts an order on the instrument's grid (ARCHITECTURE.md §3), so strategies can size in plain
 * decimals and the venue never rejects for the grid:
 *
 * <ul>
 *   <li>the quantity is floored to the lot (never more than asked); denied if that leaves nothing;
 *   <li>the limit price is rounded to the tick in the trader's favour: a buy limit down, a sell limit
 *       up, so the order never pays more or sells for less than asked; denied if it leaves no
 *       positive price;
 *   <li>the trigger price is rounded so the stop never fires before the level asked for: a buy
 *       trigger up, a sell trigger down;
 *   <li>a quote quantity must be in the instrument's quote currency (no rounding needed: money
 *       already has the currency's scale).
 * </ul>
 *
 * Prices and quantities come out at the instrument's scales. An order already on the grid is allowed
 * as it is, the same instance. Run it before the notional policies, so they value what will be sent.
 */
public final class LotAndTickRoundingPolicy implements RiskPolicy {

    public static final String NAME = "lot-and-tick";

    @Override
    public RiskDecision check(SubmitOrder order, RiskContext context) {
        Instrument instrument = context.instrument();
        if (order.isQuoteQuantity() && !order.quoteQuantity().currency().equals(instrument.quoteCurrency())) {
            return deny("quote quantity " + order.quoteQuantity() + " is not in the quote currency "
                    + instrument.quoteCurrency() + " of " + instrument.id());
        }
        boolean buy = order.side() == OrderSide.BUY;
        Quantity quantity = order.quantity();
        Price limit = order.limitPrice();
        Price trigger = order.triggerPrice();
        try {
            if (quantity != null) {
                quantity = instrument.floorToLot(quantity.toBigDecimal());
                if (quantity.isZero()) {
                    return deny("quantity " + order.quantity() + " floors to zero on the lot "
                            + instrument.sizeIncrement() + " of " + instrument.id());
                }
            }
            if (limit != null) {
                limit = instrument.roundPriceToTick(
                        limit.toBigDecimal(), buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
                if (!limit.isPositive()) {
                    return deny("limit price " + order.limitPrice() + " rounds to " + limit + " on the tick "
                            + instrument.priceIncrement() + " of " + instrument.id());
                }
            }
            if (trigger != null) {
                trigger = instrument.roundPriceToTick(
                        trigger.toBigDecimal(), buy ? RoundingMode.CEILING : RoundingMode.FLOOR);
            }
        } catch (ArithmeticException tooLarge) {
            return deny("order " + order.clientOrderId() + " does not fit the grid of " + instrument.id() + ": "
                    + tooLarge.getMessage());
        }
        if (Objects.equals(quantity, order.quantity())
                && Objects.equals(limit, order.limitPrice())
                && Objects.equals(trigger, order.triggerPrice())) {
            return new RiskDecision.Allowed(order);
        }
        return new RiskDecision.Allowed(new SubmitOrder(
                order.clientOrderId(),
                order.instrumentId(),
                order.side(),
                order.type(),
                quantity,
                order.quoteQuantity(),
                limit,
                trigger,
                order.timeInForce(),
                order.strategyId(),
                order.timestampNanos()));
    }

    private static RiskDecision deny(String reason) {
        return new RiskDecision.Denied(NAME, reason);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
