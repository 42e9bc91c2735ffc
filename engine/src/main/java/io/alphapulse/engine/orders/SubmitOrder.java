package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.regex.Pattern;

/**
 * Send a new order. Built by the order factory strategies use; the risk engine decides whether it
 * goes on to the venue; an {@link Order} is created from it.
 *
 * <p>The command checks its own shape, not the market: a positive quantity, exactly the prices its
 * {@link OrderType} needs (others must be {@code null}), limit and trigger of the same scale. Every
 * {@link TimeInForce} is accepted with every type: a venue that cannot do, say, FOK market orders
 * rejects them in its adapter, which knows its venue's rules. Tick and lot checks belong to the risk
 * engine, which knows the {@code Instrument}.
 *
 * @param clientOrderId our id for the order
 * @param instrumentId what to trade
 * @param side buy or sell
 * @param type market, limit, stop market or stop limit
 * @param quantity how much, positive
 * @param limitPrice the limit for LIMIT and STOP_LIMIT, otherwise {@code null}
 * @param triggerPrice the trigger for STOP_MARKET and STOP_LIMIT, otherwise {@code null}
 * @param timeInForce how long the order works
 * @param strategyId who asked: 1..64 of {@code [A-Za-z0-9_.-]}, e.g. {@code sma-cross} or {@code
 *     manual} for API orders
 * @param timestampNanos when the command was issued, epoch nanoseconds UTC
 */
public record SubmitOrder(
        ClientOrderId clientOrderId,
        InstrumentId instrumentId,
        OrderSide side,
        OrderType type,
        Quantity quantity,
        Price limitPrice,
        Price triggerPrice,
        TimeInForce timeInForce,
        String strategyId,
        long timestampNanos)
        implements OrderCommand {

    private static final Pattern STRATEGY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public SubmitOrder {
        if (clientOrderId == null
                || instrumentId == null
                || side == null
                || type == null
                || quantity == null
                || timeInForce == null) {
            throw new IllegalArgumentException(
                    "order " + clientOrderId + " has a null field: instrument " + instrumentId
                            + ", side " + side + ", type " + type + ", quantity " + quantity + ", time in force "
                            + timeInForce);
        }
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException(
                    "order " + clientOrderId + " must have a positive quantity, was " + quantity);
        }
        if (type.hasLimitPrice() != (limitPrice != null)) {
            throw new IllegalArgumentException("order " + clientOrderId + " of type " + type
                    + (type.hasLimitPrice()
                            ? " needs a limit price"
                            : " must not have a limit price, got " + limitPrice));
        }
        if (type.hasTriggerPrice() != (triggerPrice != null)) {
            throw new IllegalArgumentException("order " + clientOrderId + " of type " + type
                    + (type.hasTriggerPrice()
                            ? " needs a trigger price"
                            : " must not have a trigger price, got " + triggerPrice));
        }
        if (limitPrice != null && triggerPrice != null && limitPrice.scale() != triggerPrice.scale()) {
            throw new IllegalArgumentException("order " + clientOrderId + " mixes price scales: limit " + limitPrice
                    + ", trigger " + triggerPrice);
        }
        if (strategyId == null || !STRATEGY_ID.matcher(strategyId).matches()) {
            throw new IllegalArgumentException("order " + clientOrderId
                    + " strategy id must be 1..64 of [A-Za-z0-9_.-], was '" + strategyId + "'");
        }
    }

    /** A market order, good till canceled (the backtest's fill-at-next-open order). */
    public static SubmitOrder market(
            ClientOrderId clientOrderId,
            InstrumentId instrumentId,
            OrderSide side,
            Quantity quantity,
            String strategyId,
            long timestampNanos) {
        return new SubmitOrder(
                clientOrderId,
                instrumentId,
                side,
                OrderType.MARKET,
                quantity,
                null,
                null,
                TimeInForce.GTC,
                strategyId,
                timestampNanos);
    }

    /** A limit order. */
    public static SubmitOrder limit(
            ClientOrderId clientOrderId,
            InstrumentId instrumentId,
            OrderSide side,
            Quantity quantity,
            Price limitPrice,
            TimeInForce timeInForce,
            String strategyId,
            long timestampNanos) {
        return new SubmitOrder(
                clientOrderId,
                instrumentId,
                side,
                OrderType.LIMIT,
                quantity,
                limitPrice,
                null,
                timeInForce,
                strategyId,
                timestampNanos);
    }
}
