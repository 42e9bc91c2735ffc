package io.alphapulse.engine.portfolio;

/**
 * What one fill does to one position, computed by {@link PositionAccount#book} before anything
 * changes so that a refused fill leaves no trace. Raw amounts are in the instrument's quote currency
 * at its scale, sizes at the instrument's size scale.
 *
 * @param sizeRaw the signed size after the fill
 * @param costBasisRaw the signed cost basis after the fill
 * @param realizedRaw gross P&amp;L the fill realized (zero when it only opened or grew)
 * @param positionRealizedRaw gross P&amp;L realized on the instrument so far, this fill included
 * @param cashFlowRaw what the fill adds to quote cash: minus the notional for a buy, plus for a sell
 * @param markRaw the mark after the fill (the fill's price if the instrument was never marked)
 * @param valueRaw the position's value at that mark after the fill
 * @param trade the round trip still open after the fill, {@code null} when flat
 * @param closed the round trip the fill finished, {@code null} if none
 */
record FillBooking(
        long sizeRaw,
        long costBasisRaw,
        long realizedRaw,
        long positionRealizedRaw,
        long cashFlowRaw,
        long markRaw,
        long valueRaw,
        OpenTrade trade,
        RoundTrip closed) {}
