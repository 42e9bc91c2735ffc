package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.OrderFillEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The account's books, kept exactly: cash per currency, a position per instrument, realized P&amp;L,
 * fees, and the round trips closed so far. It changes only by {@link #apply applying fills} and
 * {@link #mark marking prices}. Owned by the kernel thread and not thread-safe; other threads read
 * the snapshots ({@link #positions()}, {@link #roundTrips()}) that the kernel publishes.
 *
 * <p><b>Cash.</b> A buy pays {@link Instrument#notional} (price × quantity rounded half-even to the
 * quote currency's scale, what the venue charges) from quote cash, a sell receives it, and the
 * commission is taken from the cash of whatever currency it is charged in (a rebate adds to it).
 * Cash in a currency no fill has touched and no initial amount was given for is zero.
 *
 * <p><b>Positions</b> are signed sizes with an exact cost basis in cash units (see {@link
 * Position#costBasis()}). Growing a position adds the fill's notional to the basis; shrinking it
 * releases the basis pro rata and realizes the difference to the proceeds; a fill that crosses zero
 * is booked as a close of the whole position followed by an open of the rest, with the fill's
 * notional and commission split pro rata (the closing part rounded half-even, the opening part
 * taking the remainder so nothing is lost). Hence, per currency and exactly: {@code initial cash +
 * realized P&L − fees = cash + Σ cost basis of open positions}.
 *
 * <p><b>Equity</b> in a currency is its cash plus the value of every open position quoted in it:
 * {@code ± size × mark}, each rounded half-even to the currency's scale (the notional the position
 * would sell or cover for), then summed. Positions quoted in other currencies are not converted. An
 * instrument that was never {@link #mark marked} is valued at its last fill price. Values are kept
 * current on every mark and fill, so {@link #equityRaw} is an addition whatever the number of
 * instruments, and the per-bar path of a backtest ({@code mark}, {@code equityRaw}) allocates
 * nothing: a few nanoseconds per bar.
 *
 * <p><b>Round trips</b> run from a fill that opens a position from flat to the fill that makes it
 * flat again (or flips it). Their P&amp;L is net of the commissions of all their fills that were
 * charged in the quote currency; a commission in another currency (a venue token) still comes out
 * of that currency's cash and {@link #fees}, but cannot be netted without an exchange rate.
 */
public final class Portfolio implements AccountView {

    private final AccountType accountType;
    private final Map<InstrumentId, PositionAccount> positionAccounts = new LinkedHashMap<>();
    private final Map<Currency, CurrencyAccount> currencyAccounts = new LinkedHashMap<>();
    private final List<RoundTrip> roundTrips = new ArrayList<>();
    private int openPositions;

    // One-entry caches keyed by identity: a backtest marks the same instrument id object and reads
    // equity in the same currency object every bar, and skipping the record hashing and equality
    // halves the cost of the per-bar path. A miss falls back to the maps.
    private InstrumentId lastInstrumentId;
    private PositionAccount lastPositionAccount;
    private Currency lastCurrency;
    private CurrencyAccount lastCurrencyAccount;

    /** A {@link AccountType#SPOT} portfolio, the backtest default. */
    public Portfolio(Collection<Instrument> instruments, Collection<Money> initialCash) {
        this(instruments, initialCash, AccountType.SPOT);
    }

    /**
     * A portfolio that may hold {@code instruments}, starting flat with {@code initialCash}.
     *
     * @param instruments every instrument a fill may be for, each once
     * @param initialCash the starting balances, at most one per currency; not negative
     * @param accountType what fills may do (see {@link AccountType})
     * @throws IllegalArgumentException for a duplicate instrument or currency, or a negative balance
     */
    public Portfolio(Collection<Instrument> instruments, Collection<Money> initialCash, AccountType accountType) {
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(initialCash, "initialCash");
        this.accountType = Objects.requireNonNull(accountType, "accountType");
        for (Money amount : initialCash) {
            Objects.requireNonNull(amount, "initial cash amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("initial cash must not be negative, was " + amount);
            }
            if (currencyAccounts.containsKey(amount.currency())) {
                throw new IllegalArgumentException(
                        "initial cash names " + amount.currency().code() + " (scale "
                                + amount.currency().scale() + ") twice: " + initialCash);
            }
            CurrencyAccount account = new CurrencyAccount(amount.currency());
            account.cashRaw = amount.raw();
            currencyAccounts.put(amount.currency(), account);
        }
        for (Instrument instrument : instruments) {
            Objects.requireNonNull(instrument, "instrument");
            if (positionAccounts.containsKey(instrument.id())) {
                throw new IllegalArgumentException("instrument " + instrument.id() + " is given twice");
            }
            CurrencyAccount quote = currencyAccounts.computeIfAbsent(instrument.quoteCurrency(), CurrencyAccount::new);
            positionAccounts.put(instrument.id(), new PositionAccount(instrument, quote));
        }
    }

    public AccountType accountType() {
        return accountType;
    }

    /**
     * Books a fill: cash, commission, position, realized P&amp;L and, when the position comes back to
     * flat, a {@link RoundTrip}. All or nothing: a refused fill changes nothing.
     *
     * @throws FillRefusedException if the fill is for an unknown instrument, off its scales, older
     *     than the trade it reduces, or (spot) sells more than is held or leaves a balance negative
     * @throws ArithmeticException if an amount does not fit a long; nothing changes then either
     */
    public void apply(OrderFillEvent fill) {
        Objects.requireNonNull(fill, "fill");
        PositionAccount position = positionAccounts.get(fill.instrumentId());
        if (position == null) {
            throw new FillRefusedException(fill, "the portfolio holds no instrument " + fill.instrumentId());
        }
        Instrument instrument = position.instrument();
        if (fill.lastPrice().scale() != instrument.priceScale()
                || fill.lastQuantity().scale() != instrument.sizeScale()) {
            throw new FillRefusedException(
                    fill,
                    "price and quantity must have the scales " + instrument.priceScale() + " and "
                            + instrument.sizeScale() + " of " + instrument.id() + ", were "
                            + fill.lastPrice().scale() + " and "
                            + fill.lastQuantity().scale());
        }
        FillBooking booking = position.book(fill);

        CurrencyAccount quote = position.quoteAccount();
        Money commission = fill.commission();
        CurrencyAccount commissionAccount = currencyAccounts.get(commission.currency());
        boolean commissionInQuote = commission.currency().equals(quote.currency);
        long quoteCashRaw = Math.addExact(quote.cashRaw, booking.cashFlowRaw());
        if (commissionInQuote) {
            quoteCashRaw = Math.subtractExact(quoteCashRaw, commission.raw());
        }
        long commissionCashBeforeRaw = commissionAccount == null ? 0 : commissionAccount.cashRaw;
        long commissionCashRaw =
                commissionInQuote ? quoteCashRaw : Math.subtractExact(commissionCashBeforeRaw, commission.raw());
        long commissionFeesRaw =
                Math.addExact(commissionAccount == null ? 0 : commissionAccount.feesRaw, commission.raw());
        long realizedRaw = Math.addExact(quote.realizedRaw, booking.realizedRaw());
        long positionsValueRaw =
                Math.addExact(Math.subtractExact(quote.positionsValueRaw, position.valueRaw()), booking.valueRaw());
        if (accountType == AccountType.SPOT) {
            requireSpotLimits(fill, position, booking, quote, quoteCashRaw, commissionCashBeforeRaw, commissionCashRaw);
        }

        // Everything that can fail has been computed; from here on the fill is booked.
        int openedPositions = (booking.sizeRaw() != 0 ? 1 : 0) - (position.sizeRaw() != 0 ? 1 : 0);
        position.commit(booking);
        openPositions += openedPositions;
        quote.cashRaw = quoteCashRaw;
        quote.realizedRaw = realizedRaw;
        quote.positionsValueRaw = positionsValueRaw;
        if (commissionAccount == null) {
            commissionAccount = new CurrencyAccount(commission.currency());
            currencyAccounts.put(commission.currency(), commissionAccount);
        }
        commissionAccount.cashRaw = commissionCashRaw;
        commissionAccount.feesRaw = commissionFeesRaw;
        if (booking.closed() != null) {
            roundTrips.add(booking.closed());
        }
    }

    private void requireSpotLimits(
            OrderFillEvent fill,
            PositionAccount position,
            FillBooking booking,
            CurrencyAccount quote,
            long quoteCashRaw,
            long commissionCashBeforeRaw,
            long commissionCashRaw) {
        Instrument instrument = position.instrument();
        if (booking.sizeRaw() < 0) {
            throw new FillRefusedException(
                    fill,
                    "it sells " + fill.lastQuantity() + " but the spot account holds "
                            + new Quantity(position.sizeRaw(), instrument.sizeScale()) + " " + instrument.id());
        }
        if (quoteCashRaw < 0) {
            throw new FillRefusedException(
                    fill,
                    "it would leave " + new Money(quoteCashRaw, quote.currency) + " cash on a spot account holding "
                            + new Money(quote.cashRaw, quote.currency));
        }
        if (commissionCashRaw < 0) {
            throw new FillRefusedException(
                    fill,
                    "its commission would leave "
                            + new Money(commissionCashRaw, fill.commission().currency())
                            + " cash on a spot account holding "
                            + new Money(
                                    commissionCashBeforeRaw, fill.commission().currency()));
        }
    }

    /**
     * Sets the price open positions in {@code instrumentId} are valued at (typically each bar's
     * close). Allocation-free; call it once per instrument per bar before reading equity.
     *
     * @throws IllegalArgumentException for an unknown instrument or a price off its price scale
     * @throws ArithmeticException if the position's value does not fit a long; the mark is unchanged
     */
    public void mark(InstrumentId instrumentId, Price price) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        PositionAccount position;
        if (instrumentId == lastInstrumentId) {
            position = lastPositionAccount;
        } else {
            position = positionAccount(instrumentId);
            lastInstrumentId = instrumentId;
            lastPositionAccount = position;
        }
        if (price.scale() != position.instrument().priceScale()) {
            throw new IllegalArgumentException("mark " + price + " of " + instrumentId + " must have the price scale "
                    + position.instrument().priceScale() + ", has " + price.scale());
        }
        position.mark(price.raw());
    }

    @Override
    public Money cash(Currency currency) {
        CurrencyAccount account = currencyAccount(currency);
        return new Money(account == null ? 0 : account.cashRaw, currency);
    }

    /**
     * @throws IllegalArgumentException for an instrument the portfolio does not hold
     */
    @Override
    public Quantity positionSize(InstrumentId instrumentId) {
        PositionAccount position = positionAccount(instrumentId);
        return new Quantity(Math.abs(position.sizeRaw()), position.instrument().sizeScale());
    }

    /**
     * @throws IllegalArgumentException for an instrument the portfolio does not hold
     */
    @Override
    public PositionSide positionSide(InstrumentId instrumentId) {
        long size = positionAccount(instrumentId).sizeRaw();
        return size > 0 ? PositionSide.LONG : size < 0 ? PositionSide.SHORT : PositionSide.FLAT;
    }

    /** Whether any position is open: what a backtest counts for exposure, at each bar close. */
    public boolean hasOpenPosition() {
        return openPositions > 0;
    }

    /**
     * The open position's value at the mark minus its cost basis, in the quote currency; zero when
     * flat. Fees already paid are not in it (they are in {@link #fees}).
     *
     * @throws IllegalArgumentException for an instrument the portfolio does not hold
     */
    public Money unrealizedPnl(InstrumentId instrumentId) {
        PositionAccount position = positionAccount(instrumentId);
        return new Money(
                Math.subtractExact(position.valueRaw(), position.costBasisRaw()),
                position.instrument().quoteCurrency());
    }

    /** Gross P&amp;L realized by reductions of positions quoted in {@code currency}, before fees. */
    public Money realizedPnl(Currency currency) {
        CurrencyAccount account = currencyAccount(currency);
        return new Money(account == null ? 0 : account.realizedRaw, currency);
    }

    /** Every commission charged in {@code currency}, net of rebates. */
    public Money fees(Currency currency) {
        CurrencyAccount account = currencyAccount(currency);
        return new Money(account == null ? 0 : account.feesRaw, currency);
    }

    /** {@link #equityRaw} as {@link Money}. */
    public Money equity(Currency currency) {
        return new Money(equityRaw(currency), currency);
    }

    /**
     * Cash in {@code currency} plus the values of the open positions quoted in it at their marks,
     * raw at the currency's scale, each position's value rounded half-even. Allocation-free and
     * constant-time (values are maintained by {@link #mark} and {@link #apply}): call it every bar.
     *
     * @throws ArithmeticException if the sum does not fit a long
     */
    public long equityRaw(Currency currency) {
        if (currency == lastCurrency && currency != null) {
            return lastCurrencyAccount.equityRaw();
        }
        CurrencyAccount account = currencyAccount(currency);
        if (account == null) {
            return 0;
        }
        lastCurrency = currency;
        lastCurrencyAccount = account;
        return account.equityRaw();
    }

    /** The open positions, in the order the instruments were given: an immutable snapshot. */
    public Map<InstrumentId, Position> positions() {
        Map<InstrumentId, Position> open = new LinkedHashMap<>();
        for (PositionAccount position : positionAccounts.values()) {
            if (position.sizeRaw() != 0) {
                open.put(position.instrument().id(), position.snapshot());
            }
        }
        return Collections.unmodifiableMap(open);
    }

    /** The round trips closed so far, in exit order: an immutable snapshot. */
    public List<RoundTrip> roundTrips() {
        return List.copyOf(roundTrips);
    }

    /**
     * Every currency with an account: initial cash first, then quote currencies of the instruments,
     * then currencies commissions were charged in, each in first-seen order.
     */
    public Set<Currency> currencies() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(currencyAccounts.keySet()));
    }

    private PositionAccount positionAccount(InstrumentId instrumentId) {
        if (instrumentId == lastInstrumentId) {
            // Every bar asks about the same instrument object: skip the hash lookup.
            return lastPositionAccount;
        }
        PositionAccount position = positionAccounts.get(instrumentId);
        if (position == null) {
            throw new IllegalArgumentException(
                    "the portfolio holds no instrument " + instrumentId + "; it holds " + positionAccounts.keySet());
        }
        return position;
    }

    private CurrencyAccount currencyAccount(Currency currency) {
        return currencyAccounts.get(Objects.requireNonNull(currency, "currency"));
    }
}
