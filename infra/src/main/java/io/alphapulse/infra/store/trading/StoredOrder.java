package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.VenueOrderId;
import java.time.Instant;

/**
 * An order as the store holds it: what was asked and where it stands now. Times are to the
 * millisecond.
 *
 * @param clientOrderId our id, unique in the store
 * @param accountId the owning account or user, or {@code null} when not known
 * @param strategyId who asked
 * @param instrumentId what to trade
 * @param side buy or sell
 * @param type market, limit, stop market or stop limit
 * @param quantity the base quantity, or {@code null} for an order sized by {@code quoteQuantity}
 * @param quoteQuantity the quote amount to spend or receive, or {@code null}
 * @param limitPrice the limit, or {@code null}
 * @param triggerPrice the trigger, or {@code null}
 * @param timeInForce how long the order works
 * @param status the current status
 * @param filledQuantity the quantity filled so far; zero before the first fill, {@code null} before the
 *     first fill of a quote-sized order (whose quantity scale only the fill tells)
 * @param averageFillPrice the volume-weighted average fill price rounded half-even to the fill price
 *     scale, or {@code null} before the first fill
 * @param venueOrderId the venue's id, or {@code null} before the venue acknowledged or filled it
 * @param createdAt when the order was recorded (the command's time)
 * @param updatedAt when the last event was applied
 */
public record StoredOrder(
        ClientOrderId clientOrderId,
        String accountId,
        String strategyId,
        InstrumentId instrumentId,
        OrderSide side,
        OrderType type,
        Quantity quantity,
        Money quoteQuantity,
        Price limitPrice,
        Price triggerPrice,
        TimeInForce timeInForce,
        OrderStatus status,
        Quantity filledQuantity,
        Price averageFillPrice,
        VenueOrderId venueOrderId,
        Instant createdAt,
        Instant updatedAt) {}
