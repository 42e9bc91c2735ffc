package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.OrderFillEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The books of one instrument: signed size, signed cost basis, realized P&amp;L, mark and the
 * round trip in progress. Raw amounts are in the quote currency at its scale.
 *
 * <p>The cost basis is the cash the open position moved, signed like the size: what was paid for a
 * long, minus what was received for a short. It is kept in cash units rather than as a rounded
 * average price so that {@code cash + cost basis} changes only by realized P&amp;L and fees, to the
 * last unit. A reduction releases {@code basis × reduced / size} of it (rounded half-even; the fill
 * that closes the position releases exactly what is left), so the realized P&amp;L of a whole trip
 * is exact and only its split between partial exits is rounded.
 */
final class PositionAccount {

    private final Instrument instrument;
    private final CurrencyAccount quoteAccount;
    private final int productScale;
    private final int currencyScale;

    private long sizeRaw;
    private long costBasisRaw;
    private long realizedRaw;
    private boolean marked;
    private long markRaw;
    private long valueRaw;
    private OpenTrade trade;

    PositionAccount(Instrument instrument, CurrencyAccount quoteAccount) {
        this.instrument = instrument;
        this.quoteAccount = quoteAccount;
        this.productScale = instrument.sizeScale() + instrument.priceScale();
        this.currencyScale = instrument.quoteCurrency().scale();
    }

    Instrument instrument() {
        return instrument;
    }

    CurrencyAccount quoteAccount() {
        return quoteAccount;
    }

    long sizeRaw() {
        return sizeRaw;
    }

    long costBasisRaw() {
        return costBasisRaw;
    }

    long realizedRaw() {
        return realizedRaw;
    }

    long markRaw() {
        return markRaw;
    }

    long valueRaw() {
        return valueRaw;
    }

    /**
     * Values the position at {@code priceRaw} (at the price scale): the hot path of a backtest, one
     * call per bar, so it allocates nothing and does nothing beyond a store when flat.
     *
     * @throws ArithmeticException if the value does not fit a long; nothing changes then
     */
    void mark(long priceRaw) {
        if (sizeRaw != 0) {
            long newValue = valueAt(sizeRaw, priceRaw);
            quoteAccount.positionsValueRaw =
                    Math.addExact(Math.subtractExact(quoteAccount.positionsValueRaw, valueRaw), newValue);
            valueRaw = newValue;
        }
        markRaw = priceRaw;
        marked = true;
    }

    /**
     * What {@code fill} would do to this position, without changing anything.
     *
     * @throws FillRefusedException if the fill is older than the entry of the trip it closes
     * @throws ArithmeticException if an amount does not fit a long
     */
    FillBooking book(OrderFillEvent fill) {
        Price price = fill.lastPrice();
        Quantity quantity = fill.lastQuantity();
        int sign = fill.side().sign();
        long quantityRaw = quantity.raw();
        long notionalRaw = instrument.notional(price, quantity).raw();
        // A commission in another currency cannot be netted against P&L in this one without a rate.
        long tripFeeRaw = fill.commission().currency().equals(instrument.quoteCurrency())
                ? fill.commission().raw()
                : 0;
        long closingRaw = sizeRaw != 0 && Long.signum(sizeRaw) != sign ? Math.min(quantityRaw, Math.abs(sizeRaw)) : 0;
        long openingRaw = quantityRaw - closingRaw;

        long size = sizeRaw;
        long basis = costBasisRaw;
        long realized = 0;
        long openingNotionalRaw = notionalRaw;
        long openingFeeRaw = tripFeeRaw;
        OpenTrade nextTrade = trade;
        RoundTrip closed = null;
        if (closingRaw > 0) {
            if (fill.timestampNanos() < trade.entryTimeNanos()) {
                throw new FillRefusedException(
                        fill,
                        "it executed at " + fill.timestampNanos() + ", before the entry at " + trade.entryTimeNanos()
                                + " of the " + trade.side() + " position it reduces");
            }
            // A flip is a close of the whole position and an open of the rest: the closing part gets
            // its own rounded notional and fee share, the opening part what remains of the fill's.
            long closingNotionalRaw = openingRaw == 0
                    ? notionalRaw
                    : instrument
                            .notional(price, new Quantity(closingRaw, quantity.scale()), RoundingMode.HALF_EVEN)
                            .raw();
            long closingFeeRaw = openingRaw == 0
                    ? tripFeeRaw
                    : FixedPointArithmetic.multiplyDivideHalfEven(tripFeeRaw, closingRaw, quantityRaw);
            long heldRaw = Math.abs(size);
            long releasedRaw = closingRaw == heldRaw
                    ? basis
                    : FixedPointArithmetic.multiplyDivideHalfEven(basis, closingRaw, heldRaw);
            long closingCashFlowRaw = sign > 0 ? -closingNotionalRaw : closingNotionalRaw;
            realized = Math.subtractExact(closingCashFlowRaw, releasedRaw);
            basis = Math.subtractExact(basis, releasedRaw);
            size += sign * closingRaw;
            nextTrade = nextTrade.withExit(price.raw(), closingRaw, realized, closingFeeRaw);
            if (size == 0) {
                closed = nextTrade.close(instrument, fill.timestampNanos());
                nextTrade = null;
            }
            openingNotionalRaw = notionalRaw - closingNotionalRaw;
            openingFeeRaw = tripFeeRaw - closingFeeRaw;
        }
        if (openingRaw > 0) {
            if (nextTrade == null) {
                nextTrade = OpenTrade.open(sign > 0 ? PositionSide.LONG : PositionSide.SHORT, fill.timestampNanos());
            }
            basis = Math.addExact(basis, sign > 0 ? openingNotionalRaw : -openingNotionalRaw);
            size = Math.addExact(size, sign * openingRaw);
            nextTrade = nextTrade.withEntry(price.raw(), openingRaw, size, openingFeeRaw);
        }
        long mark = marked ? markRaw : price.raw();
        long value = size == 0 ? 0 : valueAt(size, mark);
        long cashFlowRaw = sign > 0 ? -notionalRaw : notionalRaw;
        return new FillBooking(
                size,
                basis,
                realized,
                Math.addExact(realizedRaw, realized),
                cashFlowRaw,
                mark,
                value,
                nextTrade,
                closed);
    }

    /** Makes {@code booking} (from {@link #book}) the position's state; quote totals are the caller's. */
    void commit(FillBooking booking) {
        sizeRaw = booking.sizeRaw();
        costBasisRaw = booking.costBasisRaw();
        realizedRaw = booking.positionRealizedRaw();
        markRaw = booking.markRaw();
        marked = true;
        valueRaw = booking.valueRaw();
        trade = booking.trade();
    }

    /**
     * {@code size × price} at the quote currency's scale, rounded half-even: the same as {@link
     * Instrument#notional} of the absolute size, with the position's sign.
     */
    long valueAt(long size, long priceRaw) {
        return FixedPointArithmetic.rescaleProductHalfEven(size, priceRaw, productScale, currencyScale);
    }

    /** A snapshot for {@link Portfolio#positions()}; only for an open position. */
    Position snapshot() {
        Currency quote = instrument.quoteCurrency();
        Money basis = new Money(costBasisRaw, quote);
        // Basis and size share their sign, so the quotient is the price even for negative prices.
        Price averageEntryPrice = Price.of(
                basis.toBigDecimal()
                        .divide(
                                BigDecimal.valueOf(sizeRaw, instrument.sizeScale()),
                                instrument.priceScale(),
                                RoundingMode.HALF_EVEN),
                instrument.priceScale());
        return new Position(
                instrument.id(),
                sizeRaw > 0 ? PositionSide.LONG : PositionSide.SHORT,
                new Quantity(Math.abs(sizeRaw), instrument.sizeScale()),
                averageEntryPrice,
                basis,
                new Price(markRaw, instrument.priceScale()),
                new Money(valueRaw, quote),
                new Money(Math.subtractExact(valueRaw, costBasisRaw), quote),
                new Money(realizedRaw, quote));
    }
}
