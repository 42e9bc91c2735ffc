package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * Send a new order. Built by the order factory strategies use; the risk engine decides whether it
 * goes on to the venue; an {@link Order} is created from it.
 *
 * <p>An order is sized in one of two ways, exactly one of {@code quantity} and {@code quoteQuantity}
 * being set. A <em>base quantity</em> says how much of the instrument to trade. A <em>quote
 * quantity</em> says how much quote currency to spend (buy) or to receive (sell) and leaves the base
 * quantity to the venue, which decides it at fill time from the fill price, the fee and the cash
 * available: Binance's {@code quoteOrderQty}, Alpaca's {@code notional}, and the backtest's "spend all
 * cash" sizing (ARCHITECTURE.md §5). Only market orders can be sized in quote currency, because only
 * they leave the price, and therefore the base quantity, open until the fill.
 *
 * <p>The command checks its own shape, not the market: a positive size, exactly the prices its
 * {@link OrderType} needs (others must be {@code null}), limit and trigger of the same scale. Every
 * {@link TimeInForce} is accepted with every type: a venue that cannot do, say, FOK market orders
 * rejects them in its adapter, which knows its venue's rules. Tick and lot checks belong to the risk
 * engine, which knows the {@code Instrument}.
 *
 * @param clientOrderId our id for the order
 * @param instrumentId what to trade
 * @param side buy or sell
 * @param type market, limit, stop market or stop limit
 * @param quantity how much of the instrument, positive; {@code null} for an order sized by {@code
 *     quoteQuantity}
 * @param quoteQuantity how much quote currency to spend or receive, positive; only for MARKET orders,
 *     otherwise {@code null}
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
        Money quoteQuantity,
        Price limitPrice,
        Price triggerPrice,
        TimeInForce timeInForce,
        String strategyId,
        long timestampNanos)
        implements OrderCommand {

    public SubmitOrder {
        if (clientOrderId == null || instrumentId == null || side == null || type == null || timeInForce == null) {
            throw new IllegalArgumentException("order " + clientOrderId + " has a null field: instrument "
                    + instrumentId + ", side " + side + ", type " + type + ", time in force " + timeInForce);
        }
        if ((quantity == null) == (quoteQuantity == null)) {
            throw new IllegalArgumentException("order " + clientOrderId
                    + " needs exactly one of quantity and quote quantity, got quantity " + quantity
                    + " and quote quantity " + quoteQuantity);
        }
        if (quantity != null && !quantity.isPositive()) {
            throw new IllegalArgumentException(
                    "order " + clientOrderId + " must have a positive quantity, was " + quantity);
        }
        if (quoteQuantity != null && type != OrderType.MARKET) {
            throw new IllegalArgumentException("order " + clientOrderId + " of type " + type
                    + " cannot be sized by quote quantity " + quoteQuantity + "; only MARKET orders can");
        }
        if (quoteQuantity != null && !quoteQuantity.isPositive()) {
            throw new IllegalArgumentException(
                    "order " + clientOrderId + " must have a positive quote quantity, was " + quoteQuantity);
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
        if (!IdentifierText.isWord(strategyId, 64, true)) {
            throw new IllegalArgumentException("order " + clientOrderId
                    + " strategy id must be 1..64 of [A-Za-z0-9_.-], was '" + strategyId + "'");
        }
    }

    /** An order sized by base quantity: the canonical constructor with no quote quantity. */
    public SubmitOrder(
            ClientOrderId clientOrderId,
            InstrumentId instrumentId,
            OrderSide side,
            OrderType type,
            Quantity quantity,
            Price limitPrice,
            Price triggerPrice,
            TimeInForce timeInForce,
            String strategyId,
            long timestampNanos) {
        this(
                clientOrderId,
                instrumentId,
                side,
                type,
                quantity,
                null,
                limitPrice,
                triggerPrice,
                timeInForce,
                strategyId,
                timestampNanos);
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

    /**
     * A market order sized in quote currency, good till canceled: a buy spends at most {@code
     * quoteQuantity} (fee included), a sell receives at most {@code quoteQuantity} before the fee. The
     * venue turns it into a base quantity at fill time and fills it once, completely, or cancels it.
     */
    public static SubmitOrder marketQuote(
            ClientOrderId clientOrderId,
            InstrumentId instrumentId,
            OrderSide side,
            Money quoteQuantity,
            String strategyId,
            long timestampNanos) {
        return new SubmitOrder(
                clientOrderId,
                instrumentId,
                side,
                OrderType.MARKET,
                null,
                quoteQuantity,
                null,
                null,
                TimeInForce.GTC,
                strategyId,
                timestampNanos);
    }

    /** Whether the order is sized by {@link #quoteQuantity()} rather than by {@link #quantity()}. */
    public boolean isQuoteQuantity() {
        return quoteQuantity != null;
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
