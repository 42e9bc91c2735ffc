package io.alphapulse.infra.store.trading;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.portfolio.Position;
import io.alphapulse.engine.portfolio.PositionSide;
import java.time.Instant;
import java.util.Objects;

/**
 * The stored current position of one account in one instrument. Unlike the engine's {@link Position},
 * it may be {@link PositionSide#FLAT}: a closed position keeps its row, so its realized P&amp;L stays
 * readable.
 *
 * @param accountId the account or user
 * @param instrumentId the instrument
 * @param side long, short or flat
 * @param quantity the size held, zero exactly when flat
 * @param averageEntryPrice the average entry price (for display; the engine keeps the exact cost basis)
 * @param realizedPnl P&amp;L realized on this instrument, in the quote currency
 * @param updatedAt when the position last changed, to the millisecond
 */
public record PositionRecord(
        String accountId,
        InstrumentId instrumentId,
        PositionSide side,
        Quantity quantity,
        Price averageEntryPrice,
        Money realizedPnl,
        Instant updatedAt) {

    public PositionRecord {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averageEntryPrice, "averageEntryPrice");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException(
                    "position in " + instrumentId + " needs an account id, was '" + accountId + "'");
        }
        if ((side == PositionSide.FLAT) != quantity.isZero()) {
            throw new IllegalArgumentException("position of account " + accountId + " in " + instrumentId + " is "
                    + side + " with quantity " + quantity + ": flat means exactly zero");
        }
    }

    /** The stored form of an engine position of {@code accountId} at {@code updatedAt}. */
    public static PositionRecord of(String accountId, Position position, Instant updatedAt) {
        return new PositionRecord(
                accountId,
                position.instrumentId(),
                position.side(),
                position.quantity(),
                position.averageEntryPrice(),
                position.realizedPnl(),
                updatedAt);
    }
}
