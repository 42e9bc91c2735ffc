package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import java.time.Instant;

/**
 * One step in an order's stored history. The first entry ({@code sequence} 1, type {@link
 * #SUBMIT_ORDER}) is the order being recorded; each later one is an applied engine event, named by
 * its record's simple name ({@code OrderAccepted}, {@code OrderFilled}, ...). Fields an event does
 * not carry are {@code null}.
 *
 * @param clientOrderId the order
 * @param sequence 1, 2, 3 ... in the order the steps were applied
 * @param eventType {@link #SUBMIT_ORDER} or the engine event's simple name
 * @param status the order's status after this step
 * @param venueOrderId the venue's order id the event carried
 * @param tradeId the fill's trade id
 * @param lastQuantity the fill's quantity
 * @param lastPrice the fill's price
 * @param commission the fill's commission
 * @param liquiditySide maker or taker, for a fill
 * @param reason why it was rejected, for a rejection
 * @param occurredAt when it happened, to the millisecond
 */
public record OrderHistoryEntry(
        ClientOrderId clientOrderId,
        int sequence,
        String eventType,
        OrderStatus status,
        VenueOrderId venueOrderId,
        TradeId tradeId,
        Quantity lastQuantity,
        Price lastPrice,
        Money commission,
        LiquiditySide liquiditySide,
        String reason,
        Instant occurredAt) {

    /** The event type of the first entry: the order as recorded before it was sent. */
    public static final String SUBMIT_ORDER = "SubmitOrder";
}
