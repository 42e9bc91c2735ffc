package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.BigInteger;

/**
 * The round trip a position is on, from its first opening fill until it is flat again, when {@link
 * #close} turns it into a {@link RoundTrip}. Immutable, so a fill can be booked on a copy and
 * dropped if the portfolio refuses it.
 *
 * <p>Fill prices are averaged from the exact products {@code price × quantity}: those sums reach
 * beyond a long for large accounts at fine scales, and a fill is rare next to a bar, so they are
 * {@link BigInteger}s.
 *
 * @param side long or short
 * @param entryTimeNanos the first opening fill
 * @param largestSizeRaw the largest absolute size held so far, raw at the size scale
 * @param entryValue {@code Σ priceRaw × quantityRaw} of the fills that grew the position
 * @param entryQuantityRaw {@code Σ quantityRaw} of those fills
 * @param exitValue {@code Σ priceRaw × quantityRaw} of the fills that shrank it
 * @param exitQuantityRaw {@code Σ quantityRaw} of those fills
 * @param realizedRaw gross realized P&amp;L so far, raw in the quote currency
 * @param feesRaw commissions so far, raw in the quote currency
 */
record OpenTrade(
        PositionSide side,
        long entryTimeNanos,
        long largestSizeRaw,
        BigInteger entryValue,
        long entryQuantityRaw,
        BigInteger exitValue,
        long exitQuantityRaw,
        long realizedRaw,
        long feesRaw) {

    static OpenTrade open(PositionSide side, long entryTimeNanos) {
        return new OpenTrade(side, entryTimeNanos, 0, BigInteger.ZERO, 0, BigInteger.ZERO, 0, 0, 0);
    }

    /** After a fill of {@code quantityRaw} at {@code priceRaw} that grew the position to {@code sizeRaw}. */
    OpenTrade withEntry(long priceRaw, long quantityRaw, long sizeRaw, long feeRaw) {
        return new OpenTrade(
                side,
                entryTimeNanos,
                Math.max(largestSizeRaw, Math.abs(sizeRaw)),
                entryValue.add(product(priceRaw, quantityRaw)),
                Math.addExact(entryQuantityRaw, quantityRaw),
                exitValue,
                exitQuantityRaw,
                realizedRaw,
                Math.addExact(feesRaw, feeRaw));
    }

    /** After a fill of {@code quantityRaw} at {@code priceRaw} that shrank the position. */
    OpenTrade withExit(long priceRaw, long quantityRaw, long realizedDeltaRaw, long feeRaw) {
        return new OpenTrade(
                side,
                entryTimeNanos,
                largestSizeRaw,
                entryValue,
                entryQuantityRaw,
                exitValue.add(product(priceRaw, quantityRaw)),
                Math.addExact(exitQuantityRaw, quantityRaw),
                Math.addExact(realizedRaw, realizedDeltaRaw),
                Math.addExact(feesRaw, feeRaw));
    }

    /** The finished trip, closed by the fill at {@code exitTimeNanos}. */
    RoundTrip close(Instrument instrument, long exitTimeNanos) {
        Money fees = new Money(feesRaw, instrument.quoteCurrency());
        return new RoundTrip(
                instrument.id(),
                side,
                entryTimeNanos,
                exitTimeNanos,
                new Quantity(largestSizeRaw, instrument.sizeScale()),
                averagePrice(entryValue, entryQuantityRaw, instrument.priceScale()),
                averagePrice(exitValue, exitQuantityRaw, instrument.priceScale()),
                new Money(Math.subtractExact(realizedRaw, feesRaw), instrument.quoteCurrency()),
                fees);
    }

    private static BigInteger product(long priceRaw, long quantityRaw) {
        return BigInteger.valueOf(priceRaw).multiply(BigInteger.valueOf(quantityRaw));
    }

    // value is at price scale + size scale and quantity at size scale, so the quotient is at price scale.
    private static Price averagePrice(BigInteger value, long quantityRaw, int priceScale) {
        BigInteger divisor = BigInteger.valueOf(quantityRaw);
        BigInteger[] quotientAndRemainder = value.divideAndRemainder(divisor);
        BigInteger quotient = quotientAndRemainder[0];
        BigInteger remainder = quotientAndRemainder[1];
        int comparison = remainder.abs().shiftLeft(1).compareTo(divisor);
        if (comparison > 0 || (comparison == 0 && quotient.testBit(0))) {
            quotient = quotient.add(BigInteger.valueOf(remainder.signum()));
        }
        return new Price(quotient.longValueExact(), priceScale);
    }
}
