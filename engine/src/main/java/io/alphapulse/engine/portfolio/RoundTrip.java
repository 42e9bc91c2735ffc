package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.Objects;

/**
 * One closed trade: a position opened from flat and closed back to flat.
 *
 * @param instrumentId what was traded
 * @param side long or short
 * @param entryTimeNanos the first entry fill, epoch nanoseconds
 * @param exitTimeNanos the fill that made the position flat, epoch nanoseconds
 * @param quantity the largest size held during the trade
 * @param entryPrice average entry fill price, rounded half-even to the price scale
 * @param exitPrice average exit fill price, rounded half-even to the price scale
 * @param pnl realised profit or loss in the quote currency, net of {@code fees}
 * @param fees every fee paid on the trade's fills (entries and exits) in the quote currency; a
 *     commission charged in another currency cannot be netted without an exchange rate and is
 *     counted only in that currency's fees
 */
public record RoundTrip(
        InstrumentId instrumentId,
        PositionSide side,
        long entryTimeNanos,
        long exitTimeNanos,
        Quantity quantity,
        Price entryPrice,
        Price exitPrice,
        Money pnl,
        Money fees) {

    public RoundTrip {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(entryPrice, "entryPrice");
        Objects.requireNonNull(exitPrice, "exitPrice");
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(fees, "fees");
        if (side == null || side == PositionSide.FLAT) {
            throw new IllegalArgumentException("a round trip is long or short, was " + side);
        }
        if (exitTimeNanos < entryTimeNanos) {
            throw new IllegalArgumentException(
                    "round trip exits at " + exitTimeNanos + " before its entry at " + entryTimeNanos);
        }
        if (!pnl.currency().equals(fees.currency())) {
            throw new IllegalArgumentException("pnl " + pnl + " and fees " + fees + " differ in currency");
        }
    }

    /** Whether the trade made money after fees. */
    public boolean isWin() {
        return pnl.isPositive();
    }
}
