package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.Objects;

/**
 * An open position as {@link Portfolio#positions()} saw it: an immutable snapshot, safe to hand to
 * other threads. Money is in the instrument's quote currency.
 *
 * @param instrumentId the instrument
 * @param side long or short
 * @param quantity the size held, positive
 * @param averageEntryPrice {@code costBasis / size}, rounded half-even to the price scale for display;
 *     the books keep the exact cost basis, never this rounded price
 * @param costBasis the cash the open position moved, signed like the position: paid for a long,
 *     minus what was received for a short
 * @param markPrice the last price given to {@link Portfolio#mark} (the last fill price if never marked)
 * @param marketValue {@code ± quantity × markPrice}, rounded half-even, negative for a short
 * @param unrealizedPnl {@code marketValue − costBasis}
 * @param realizedPnl gross P&amp;L realized on this instrument since the portfolio started, before fees
 */
public record Position(
        InstrumentId instrumentId,
        PositionSide side,
        Quantity quantity,
        Price averageEntryPrice,
        Money costBasis,
        Price markPrice,
        Money marketValue,
        Money unrealizedPnl,
        Money realizedPnl) {

    public Position {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averageEntryPrice, "averageEntryPrice");
        Objects.requireNonNull(costBasis, "costBasis");
        Objects.requireNonNull(markPrice, "markPrice");
        Objects.requireNonNull(marketValue, "marketValue");
        Objects.requireNonNull(unrealizedPnl, "unrealizedPnl");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        if (side == null || side == PositionSide.FLAT) {
            throw new IllegalArgumentException(
                    "an open position of " + instrumentId + " is long or short, was " + side);
        }
    }
}
