package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import java.time.Instant;

/**
 * A fill as stored: one execution, unique per venue and trade id.
 *
 * @param tradeId the venue's id for the execution
 * @param clientOrderId the order it belongs to
 * @param venueOrderId the venue's id for the order
 * @param instrumentId the instrument; its venue is the venue of the trade id
 * @param side the order's side
 * @param quantity the executed quantity
 * @param price the execution price
 * @param commission the fee (negative for a rebate)
 * @param liquiditySide maker or taker
 * @param completesOrder whether this was the order's last fill ({@code OrderFilled})
 * @param executedAt when it executed, to the millisecond
 */
public record StoredFill(
        TradeId tradeId,
        ClientOrderId clientOrderId,
        VenueOrderId venueOrderId,
        InstrumentId instrumentId,
        OrderSide side,
        Quantity quantity,
        Price price,
        Money commission,
        LiquiditySide liquiditySide,
        boolean completesOrder,
        Instant executedAt) {}
