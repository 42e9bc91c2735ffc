package io.alphapulse.app.server.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An order as the API shows it.
 *
 * @param id the client order id
 * @param venueOrderId the venue's id once accepted, else {@code null}
 * @param quantity base quantity; {@code null} for an order sized in quote currency
 * @param quoteQuantity the quote budget of an order sized in quote currency, else {@code null}
 * @param status {@code submitted}, {@code accepted}, {@code partially_filled}, {@code filled}, {@code
 *     canceled} or {@code rejected}
 * @param source the strategy that sent it, or {@code manual}
 * @param reason why it was rejected, else {@code null}
 * @param owner the user who placed a manual order; {@code null} for strategies' orders. Never serialized
 */
public record OrderView(
        String id,
        String venueOrderId,
        String venue,
        String symbol,
        String side,
        String type,
        String timeInForce,
        BigDecimal quantity,
        BigDecimal quoteQuantity,
        BigDecimal price,
        BigDecimal stopPrice,
        String status,
        BigDecimal filledQuantity,
        BigDecimal averagePrice,
        String source,
        String reason,
        long createdAt,
        long updatedAt,
        @JsonIgnore UUID owner) {

    /** Whether the order can still fill or be canceled. */
    @JsonIgnore
    public boolean isOpen() {
        return status.equals("submitted") || status.equals("accepted") || status.equals("partially_filled");
    }
}
