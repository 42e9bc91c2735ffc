package io.alphapulse.engine.execution;

import io.alphapulse.engine.clock.Clock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.kernel.Topic;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.CancelOrder;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderAccepted;
import io.alphapulse.engine.orders.OrderCanceled;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.OrderPartiallyFilled;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderSubmitted;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import io.alphapulse.engine.portfolio.AccountView;
import io.alphapulse.engine.portfolio.PositionSide;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A spot venue simulated on bars: the {@code sim} venue of backtests and paper trading. It takes
 * {@link OrderCommand}s from the {@link OrderTopics#COMMANDS} topic, matches working orders against
 * the bars of their instrument, and publishes what happens as {@link OrderEvent}s on {@link
 * OrderTopics#EVENTS}. It reads cash and positions through an {@link AccountView} and never changes
 * them: the portfolio does, by applying the fills this venue publishes.
 *
 * <h2>Wiring and the ordering contract</h2>
 *
 * <pre>{@code
 * SimulatedVenue venue = new SimulatedVenue(
 *         "sim", List.of(btcUsdt, ethUsdt), portfolio,
 *         MakerTakerFeeModel.flat(new BigDecimal("10")), FixedBpsSlippage.none(), new NoFillLimit());
 * kernel.register(venue);      // first
 * kernel.register(portfolio);  // then the portfolio
 * kernel.register(strategy);   // then the strategies
 * kernel.start();
 * kernel.replay(bars);
 * venue.cancelOpenOrders();    // end of data
 * }</pre>
 *
 * <p>Events are published with {@link MessageBus#publish(Topic, Object)}, synchronously, so the
 * portfolio (subscribed to the events topic) has applied a fill before the venue matches the next
 * order, and the next order is sized and checked against the cash that fill left. The venue must be
 * <b>registered before the portfolio and the strategies</b>: then, for every bar, it fills first, the
 * portfolio marks the new positions to the bar, and strategies see a bar whose fills are already
 * booked. Orders a strategy submits while a bar is processed rest until the next bar.
 *
 * <h2>Submission</h2>
 *
 * A {@link SubmitOrder} for an instrument of another venue is ignored (several venues share the
 * commands topic). Otherwise the venue publishes {@link OrderSubmitted}, then {@link OrderAccepted}
 * with a venue order id {@code SIM-1}, {@code SIM-2}, … (the venue's name in upper case, counted per
 * venue instance), or {@link OrderRejected} with the first reason that applies:
 *
 * <ul>
 *   <li>the instrument is not listed by this venue;
 *   <li>the quantity is not a multiple of the lot or below the minimum quantity; a quote quantity is
 *       not in the instrument's quote currency;
 *   <li>the limit or trigger price is not on the tick (or not at the instrument's price scale);
 *   <li>the order is worth less than the minimum notional, valued at its limit price (stop limit),
 *       its trigger price (stop market) or its quote quantity; a market order sized in base quantity
 *       has no price yet and is left to the risk engine's reference price;
 *   <li>a buy the cash cannot pay for now: no cash at all, or, for an order with a price, its
 *       notional at that price plus the taker fee;
 *   <li>a sell of more than the long position now (spot: no short selling), or a quote-quantity sell
 *       without a position.
 * </ul>
 *
 * Balances are not reserved for working orders: two orders that each fit the cash are both accepted,
 * and the check at fill time (below) cancels the one the cash no longer covers. A protective sell is
 * placed once the buy has filled, as on a spot exchange. Reusing a client order id throws {@link
 * IllegalArgumentException}: events are keyed by it, so any event for the second order would corrupt
 * the first. The ids of every working order and of the last 100,000 orders are remembered for this.
 *
 * <h2>Matching</h2>
 *
 * An order is matched only against bars of its instrument that open at or after its acceptance and
 * close after it: an order submitted while bar t is processed is first matched on bar t+1, an order
 * submitted in the middle of a bar waits for the next one. With {@link MatchingSource#TRADES} each
 * trade is matched as a one-price bar instead, against every order booked before it arrived, and a
 * resting limit fills at its limit (see {@code onTrade}). On each bar the working orders are matched
 * oldest first. Prices, with slippage from the {@link SlippageModel} on taker fills of market and stop
 * orders only:
 *
 * <ul>
 *   <li><b>MARKET</b>: at the open, slipped against the trader (buy {@code open × (1 + s)} rounded up
 *       to the tick, sell {@code open × (1 − s)} rounded down; exactly the open without slippage).
 *       Taker.
 *   <li><b>LIMIT</b> buy: at the open if the open is at or below the limit (gapped through), else at
 *       the limit if the low reaches it; sell mirrored. <b>Maker or taker:</b> a limit that is
 *       marketable at the first open it sees would have been marketable on arrival, so that fill is
 *       taker; every other limit fill is maker (the order rested and the market came to it).
 *   <li><b>STOP_MARKET</b> buy: triggered when the high reaches the trigger; fills at the open if the
 *       open is at or above the trigger (gapped), else at the trigger; slipped; taker. Sell mirrored
 *       (low, at or below). A remainder left by a fill limit works as a market order from the next
 *       open.
 *   <li><b>STOP_LIMIT</b>: triggers like a stop, then works as a limit. Conservatively, it fills in
 *       its trigger bar only when the open itself triggered it (then the limit works from that open,
 *       taker if marketable there); triggered inside the bar it works from the next open on, because
 *       a bar does not say whether the price came back to the limit after touching the trigger.
 * </ul>
 *
 * <p><b>Time in force</b> counts from when an order works as a market or limit order, so for stops
 * from the trigger: GTC rests until filled, canceled or {@link #cancelOpenOrders()}; IOC fills what it
 * can on its first working bar and the rest is canceled; FOK fills completely on its first working bar
 * or is canceled without a fill. IOC and FOK never rest, so a limit IOC or FOK fills only if the first
 * open it works at is at or through its limit.
 *
 * <p><b>Quantity</b> per fill is the leaves quantity, capped by what the {@link FillLimit} leaves on
 * the bar (shared by the instrument's orders, oldest first): less than the leaves gives {@link
 * OrderPartiallyFilled}, the last part {@link OrderFilled}.
 *
 * <p><b>Quote-quantity market orders</b> are sized at fill time and filled once, completely. A buy
 * spends {@code budget = min(quote quantity, cash)}: {@code quantity = floor_to_lot(budget / (price ×
 * (1 + taker rate)))}, one lot less while the rounded notional plus the rounded fee would still exceed
 * the budget (so cash never goes negative); a sell sells {@code floor_to_lot(quote quantity / price)},
 * at most the long position. The fill limit caps the result; under it an FOK order is canceled, and a
 * GTC order whose capped size is below the minimums waits for a bar with more volume.
 *
 * <p><b>Cancellations at fill time</b> (events carry no reason; {@link OrderCanceled} is the only
 * event that fits): a buy whose notional plus fee exceeds the cash; a sell of more than the long
 * position; a quote-quantity order whose size comes out below one lot, the minimum quantity or the
 * minimum notional; an IOC remainder; an FOK order that cannot fill completely. Earlier partial fills
 * stay filled.
 *
 * <p><b>Fees</b> come from the {@link FeeModel}, in the quote currency, per fill.
 *
 * <p><b>Canceling</b>: {@link CancelOrder} for a working order publishes {@link OrderCanceled}. A
 * cancel for an unknown or already finished order is ignored: there is no cancel-reject event yet,
 * and the order's own events already tell its requester how it ended.
 *
 * <p>Single-threaded like the kernel it runs on. A bar of an instrument with no working orders costs
 * one map lookup and allocates nothing: backtests replay millions of them.
 */
public final class SimulatedVenue implements Component {

    /** The built-in venue's name: its instruments are {@code sim:BTC-USDT}, {@code sim:ETH-USDT}, … */
    public static final String DEFAULT_NAME = "sim";

    // Nominal: a trade matched as a bar has no duration of its own.
    private static final Timeframe TRADE_TIMEFRAME = Timeframe.parse("1s");

    /** How many recent client order ids a venue remembers to refuse their reuse (working ones always). */
    static final int REMEMBERED_ORDER_IDS = 100_000;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");

    private final String name;
    private final String idPrefix;
    private final Map<InstrumentId, Instrument> instruments = new LinkedHashMap<>();
    private final Map<InstrumentId, InstrumentBook> books = new HashMap<>();
    private InstrumentId lastBarInstrument;
    private InstrumentBook lastBarBook;
    private final AccountView account;
    private final FeeModel feeModel;
    private final SlippageModel slippageModel;
    private final FillLimit fillLimit;
    private final MatchingSource matchingSource;
    // Acceptance order: end-of-data cancels go out in the order the orders arrived.
    private final Map<ClientOrderId, WorkingOrder> openOrders = new LinkedHashMap<>();
    // Bounded for venues that run for months; working orders are also checked against openOrders.
    private final Set<ClientOrderId> usedClientOrderIds = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientOrderId, Boolean> eldest) {
            return size() > REMEMBERED_ORDER_IDS;
        }
    });
    private long venueOrderCount;
    private long tradeCount;
    private Clock clock;
    private MessageBus bus;
    private Topic<OrderEvent> eventsTopic;

    /**
     * The {@code sim} venue with no fill limit: every order a bar reaches fills completely.
     *
     * @see #SimulatedVenue(String, Collection, AccountView, FeeModel, SlippageModel, FillLimit)
     */
    public SimulatedVenue(
            Collection<Instrument> instruments, AccountView account, FeeModel feeModel, SlippageModel slippageModel) {
        this(DEFAULT_NAME, instruments, account, feeModel, slippageModel, new NoFillLimit());
    }

    /**
     * @param name the venue's name, which is also the component's name and the venue part of every
     *     instrument id it lists ({@code sim}); lower-case letters and digits
     * @param instruments what it lists, each with this venue's name in its id
     * @param account the cash and positions it checks orders against, read-only
     * @param feeModel what each fill costs
     * @param slippageModel how much worse than the market taker fills of market and stop orders get
     * @param fillLimit how much one bar can fill
     */
    public SimulatedVenue(
            String name,
            Collection<Instrument> instruments,
            AccountView account,
            FeeModel feeModel,
            SlippageModel slippageModel,
            FillLimit fillLimit) {
        this(name, instruments, account, feeModel, slippageModel, fillLimit, MatchingSource.BARS);
    }

    /**
     * @param matchingSource what working orders are matched against: {@link MatchingSource#BARS} in
     *     backtests, {@link MatchingSource#TRADES} for paper trading on a live feed
     * @see #SimulatedVenue(String, Collection, AccountView, FeeModel, SlippageModel, FillLimit)
     */
    public SimulatedVenue(
            String name,
            Collection<Instrument> instruments,
            AccountView account,
            FeeModel feeModel,
            SlippageModel slippageModel,
            FillLimit fillLimit,
            MatchingSource matchingSource) {
        this(name, instruments, account, feeModel, slippageModel, fillLimit, matchingSource, null);
    }

    /**
     * @param session distinguishes this venue instance's order and trade ids from those of earlier runs
     *     of the same venue ({@code SIM-<session>-1}, {@code SIM-<session>-T-1}), so ids stay unique in
     *     a store that outlives the process; letters and digits, or {@code null} for none
     * @see #SimulatedVenue(String, Collection, AccountView, FeeModel, SlippageModel, FillLimit, MatchingSource)
     */
    public SimulatedVenue(
            String name,
            Collection<Instrument> instruments,
            AccountView account,
            FeeModel feeModel,
            SlippageModel slippageModel,
            FillLimit fillLimit,
            MatchingSource matchingSource,
            String session) {
        this.matchingSource = Objects.requireNonNull(matchingSource, "matchingSource");
        if (session != null && !session.matches("[A-Za-z0-9]{1,12}")) {
            throw new IllegalArgumentException(
                    "venue session must be 1 to 12 letters or digits, was '" + session + "'");
        }
        if (name == null || name.length() > 32 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "venue name must be lower-case letters and digits joined by '-' or '_', at most 32 characters,"
                            + " was '" + name + "'");
        }
        this.name = name;
        this.idPrefix = name.toUpperCase(Locale.ROOT) + "-" + (session == null ? "" : session + "-");
        this.account = Objects.requireNonNull(account, "account");
        this.feeModel = Objects.requireNonNull(feeModel, "feeModel");
        this.slippageModel = Objects.requireNonNull(slippageModel, "slippageModel");
        this.fillLimit = Objects.requireNonNull(fillLimit, "fillLimit");
        Objects.requireNonNull(instruments, "instruments");
        for (Instrument instrument : instruments) {
            InstrumentId id = instrument.id();
            if (!id.venue().equals(name)) {
                throw new IllegalArgumentException(
                        "venue " + name + " cannot list " + id + ": its id names venue " + id.venue());
            }
            if (this.instruments.putIfAbsent(id, instrument) != null) {
                throw new IllegalArgumentException("venue " + name + " lists " + id + " twice");
            }
            books.put(id, new InstrumentBook(instrument));
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The instruments this venue lists, in the order they were given. */
    public List<Instrument> instruments() {
        return List.copyOf(instruments.values());
    }

    public Optional<Instrument> instrument(InstrumentId instrumentId) {
        return Optional.ofNullable(instruments.get(instrumentId));
    }

    /** How many orders are working (accepted and neither filled nor canceled). */
    public int openOrderCount() {
        return openOrders.size();
    }

    /** The client order ids of the working orders, oldest first. */
    public List<ClientOrderId> openOrderIds() {
        return List.copyOf(openOrders.keySet());
    }

    @Override
    public void onStart(Kernel kernel) {
        clock = kernel.clock();
        bus = kernel.bus();
        eventsTopic = bus.topic(OrderTopics.EVENTS, OrderEvent.class);
        bus.subscribe(bus.topic(OrderTopics.COMMANDS, OrderCommand.class), this::onCommand);
        switch (matchingSource) {
            case BARS -> bus.subscribe(Bar.class, this::onBar);
            case TRADES -> bus.subscribe(TradeTick.class, this::onTrade);
        }
    }

    /**
     * A trade matches like a bar that opens and closes at the trade's price and time with the trade's
     * size as volume: market orders fill at the next trade after their acceptance, limits when a trade
     * reaches them, and a {@link FillLimit} caps fills by the trade's size. Two rules differ from bars:
     *
     * <ul>
     *   <li>Every order booked when the trade arrives is eligible, whatever the trade's timestamp: on a
     *       live feed trades carry the venue's time, which lags the wall clock that stamped the order's
     *       acceptance by the feed's latency (and any clock skew), so comparing the two would skip the
     *       trades that followed the order or never fill it at all. Arrival order is the true order.
     *   <li>A resting limit (maker) fills at its limit price, not at a better trade price: in a
     *       continuous book a trade through the limit first takes the resting order at the limit. The
     *       first trade an order sees fills a marketable limit at the trade price, as a taker.
     * </ul>
     */
    private void onTrade(TradeTick trade) {
        InstrumentBook book = books.get(trade.instrumentId());
        if (book == null || book.isEmpty()) {
            return;
        }
        long price = trade.price().raw();
        long time = trade.timestampNanos();
        matchBook(
                book,
                Bar.ofRaw(
                        trade.instrumentId(),
                        TRADE_TIMEFRAME,
                        time,
                        trade.price().scale(),
                        price,
                        price,
                        price,
                        price,
                        trade.size().scale(),
                        trade.size().raw(),
                        time + 1),
                true);
    }

    /**
     * Cancels every working order, oldest first, at the clock's time: the end of a backtest's data
     * (ARCHITECTURE.md §5: an order still unfilled after the last bar is cancelled). Call it on the
     * kernel thread.
     */
    public void cancelOpenOrders() {
        requireStarted();
        for (WorkingOrder working : new ArrayList<>(openOrders.values())) {
            if (working.order().isOpen()) {
                cancel(working);
            }
        }
    }

    private void onCommand(OrderCommand command) {
        if (!command.instrumentId().venue().equals(name)) {
            return;
        }
        switch (command) {
            case SubmitOrder submit -> submit(submit);
            case CancelOrder cancel -> onCancel(cancel);
        }
    }

    private void submit(SubmitOrder command) {
        if (openOrders.containsKey(command.clientOrderId()) || !usedClientOrderIds.add(command.clientOrderId())) {
            throw new IllegalArgumentException("client order id " + command.clientOrderId()
                    + " is already used by an order on venue " + name + "; refusing " + command);
        }
        long now = clock.timestampNanos();
        Order order = new Order(command);
        publish(order, new OrderSubmitted(command.clientOrderId(), command.instrumentId(), now));
        Instrument instrument = instruments.get(command.instrumentId());
        Optional<String> rejection = instrument == null
                ? Optional.of("unknown instrument " + command.instrumentId() + " on venue " + name + ", which lists "
                        + instruments.keySet())
                : rejectionReason(command, instrument);
        if (rejection.isPresent()) {
            publish(order, new OrderRejected(command.clientOrderId(), command.instrumentId(), rejection.get(), now));
            return;
        }
        VenueOrderId venueOrderId = new VenueOrderId(idPrefix + ++venueOrderCount);
        OrderAccepted accepted = new OrderAccepted(command.clientOrderId(), command.instrumentId(), venueOrderId, now);
        order.apply(accepted);
        WorkingOrder working = new WorkingOrder(order, venueOrderId, now);
        // Booked before publishing, so a handler that cancels on OrderAccepted finds the order.
        openOrders.put(command.clientOrderId(), working);
        books.get(command.instrumentId()).add(working);
        bus.publish(eventsTopic, accepted);
    }

    private Optional<String> rejectionReason(SubmitOrder command, Instrument instrument) {
        Quantity quantity = command.quantity();
        if (quantity != null && !instrument.isOnLot(quantity)) {
            return Optional.of("quantity " + quantity + " is not a multiple of the lot " + instrument.sizeIncrement()
                    + " of " + instrument.id());
        }
        if (quantity != null && quantity.isLessThan(instrument.minQuantity())) {
            return Optional.of("quantity " + quantity + " is below the minimum quantity " + instrument.minQuantity()
                    + " of " + instrument.id());
        }
        Money quoteQuantity = command.quoteQuantity();
        if (quoteQuantity != null && !quoteQuantity.currency().equals(instrument.quoteCurrency())) {
            return Optional.of("quote quantity " + quoteQuantity + " is not in the quote currency "
                    + instrument.quoteCurrency() + " of " + instrument.id());
        }
        if (command.limitPrice() != null && !instrument.isOnTick(command.limitPrice())) {
            return Optional.of(offTick("limit", command.limitPrice(), instrument));
        }
        if (command.triggerPrice() != null && !instrument.isOnTick(command.triggerPrice())) {
            return Optional.of(offTick("trigger", command.triggerPrice(), instrument));
        }
        Price price = command.limitPrice() != null ? command.limitPrice() : command.triggerPrice();
        Money value =
                quoteQuantity != null ? quoteQuantity : price != null ? instrument.notional(price, quantity) : null;
        if (value != null && value.isLessThan(instrument.minNotional())) {
            return Optional.of("order value " + value + " is below the minimum notional " + instrument.minNotional()
                    + " of " + instrument.id());
        }
        return command.side() == OrderSide.BUY
                ? cashShortfall(command, instrument, price)
                : positionShortfall(command, instrument);
    }

    private static String offTick(String kind, Price price, Instrument instrument) {
        return kind + " price " + price + " is not on the tick " + instrument.priceIncrement() + " of "
                + instrument.id();
    }

    private Optional<String> cashShortfall(SubmitOrder command, Instrument instrument, Price price) {
        Money cash = account.cash(instrument.quoteCurrency());
        if (!cash.isPositive()) {
            return Optional.of("insufficient cash: " + cash + " available to buy " + instrument.id());
        }
        if (price == null || command.quantity() == null) {
            return Optional.empty();
        }
        Money cost = instrument
                .notional(price, command.quantity())
                .add(feeModel.commission(instrument, price, command.quantity(), LiquiditySide.TAKER));
        return cost.isGreaterThan(cash)
                ? Optional.of("insufficient cash: " + command.quantity() + " " + instrument.id() + " at " + price
                        + " costs " + cost + " with fees, " + cash + " available")
                : Optional.empty();
    }

    private Optional<String> positionShortfall(SubmitOrder command, Instrument instrument) {
        Quantity position = availablePosition(instrument);
        boolean exceedsPosition =
                command.quantity() != null ? command.quantity().isGreaterThan(position) : position.isZero();
        return exceedsPosition
                ? Optional.of("insufficient position: selling "
                        + (command.quantity() != null ? command.quantity() : "for " + command.quoteQuantity())
                        + " of " + instrument.id() + " while holding " + position + " (spot venue: no short selling)")
                : Optional.empty();
    }

    private void onCancel(CancelOrder cancel) {
        WorkingOrder working = openOrders.get(cancel.clientOrderId());
        if (working != null
                && working.order().instrumentId().equals(cancel.instrumentId())
                && working.order().isOpen()) {
            cancel(working);
        }
    }

    private void onBar(Bar bar) {
        InstrumentBook book;
        if (bar.instrumentId() == lastBarInstrument) {
            // Replays send the same instrument object with every bar: skip the hash lookup.
            book = lastBarBook;
        } else {
            book = books.get(bar.instrumentId());
            lastBarInstrument = bar.instrumentId();
            lastBarBook = book;
        }
        if (book == null || book.isEmpty()) {
            return;
        }
        matchBook(book, bar, false);
    }

    /**
     * Matches the book's working orders against {@code bar}, oldest first.
     *
     * @param trade whether the bar stands for one trade: then every booked order is eligible (arrival
     *     order, see {@link #onTrade}) and maker fills are at the limit
     */
    private void matchBook(InstrumentBook book, Bar bar, boolean trade) {
        Instrument instrument = book.instrument();
        if (bar.priceScale() != instrument.priceScale()) {
            throw new IllegalArgumentException("bar of " + bar.instrumentId() + " at " + bar.openTimeNanos()
                    + " has price scale " + bar.priceScale() + " but the instrument's is " + instrument.priceScale()
                    + ": " + bar);
        }
        book.startMatching();
        try {
            // Orders accepted while this bar is matched are appended and are not eligible for it.
            int count = book.size();
            for (int index = 0; index < count; index++) {
                WorkingOrder working = book.get(index);
                if (working.order().isOpen() && (trade || working.isEligibleFor(bar))) {
                    match(book, working, bar, trade);
                }
            }
        } finally {
            book.finishMatching();
        }
    }

    private void match(InstrumentBook book, WorkingOrder working, Bar bar, boolean trade) {
        Execution execution = working.match(bar, slippageModel, book.instrument(), trade);
        if (execution != null) {
            if (working.order().isQuoteQuantity()) {
                executeQuoteQuantity(book, working, execution, bar);
            } else {
                executeBaseQuantity(book, working, execution, bar);
            }
        }
        if (working.order().isOpen() && working.isLive() && working.order().timeInForce() != TimeInForce.GTC) {
            // IOC and FOK work on one bar only; whatever did not fill there is canceled.
            cancel(working);
        }
    }

    private void executeBaseQuantity(InstrumentBook book, WorkingOrder working, Execution execution, Bar bar) {
        Order order = working.order();
        Instrument instrument = book.instrument();
        Quantity leaves = order.leavesQuantity().orElseThrow();
        Quantity quantity = leaves.min(book.capacity(bar, fillLimit));
        if (quantity.isZero()) {
            return;
        }
        if (quantity.isLessThan(leaves) && order.timeInForce() == TimeInForce.FOK) {
            cancel(working);
            return;
        }
        Money commission = feeModel.commission(instrument, execution.price(), quantity, execution.liquiditySide());
        if (!canSettle(instrument, order.side(), execution.price(), quantity, commission)) {
            cancel(working);
            return;
        }
        fill(book, working, execution, quantity, commission, quantity.equals(leaves), bar.openTimeNanos());
    }

    private void executeQuoteQuantity(InstrumentBook book, WorkingOrder working, Execution execution, Bar bar) {
        Order order = working.order();
        Instrument instrument = book.instrument();
        Price price = execution.price();
        Quantity affordable = quoteQuantitySize(instrument, order, execution);
        if (!meetsMinimums(instrument, price, affordable)) {
            cancel(working);
            return;
        }
        Quantity quantity = affordable.min(book.capacity(bar, fillLimit));
        if (quantity.isLessThan(affordable) && order.timeInForce() == TimeInForce.FOK) {
            cancel(working);
            return;
        }
        if (!meetsMinimums(instrument, price, quantity)) {
            // Only the fill limit made it too small: a GTC order waits for a bar with more volume,
            // IOC is canceled by the caller.
            return;
        }
        Money commission = feeModel.commission(instrument, price, quantity, execution.liquiditySide());
        fill(book, working, execution, quantity, commission, true, bar.openTimeNanos());
    }

    /** The base quantity a quote-quantity order buys or sells at the execution, before the fill limit. */
    private Quantity quoteQuantitySize(Instrument instrument, Order order, Execution execution) {
        Price price = execution.price();
        Quantity none = Quantity.zero(instrument.sizeScale());
        if (!price.isPositive()) {
            return none;
        }
        Money quoteQuantity = order.quoteQuantity().orElseThrow();
        if (order.side() == OrderSide.SELL) {
            Quantity size = instrument.floorToLot(quoteQuantity.toBigDecimal(), price.toBigDecimal());
            return size.min(instrument.floorToLot(availablePosition(instrument).toBigDecimal()));
        }
        Money cash = account.cash(instrument.quoteCurrency());
        Money budget = cash.isLessThan(quoteQuantity) ? cash : quoteQuantity;
        if (!budget.isPositive()) {
            return none;
        }
        BigDecimal rate = feeModel.rate(instrument, execution.liquiditySide());
        BigDecimal costPerUnit = price.toBigDecimal().multiply(BigDecimal.ONE.add(rate));
        if (costPerUnit.signum() <= 0) {
            return none;
        }
        Quantity size = instrument.floorToLot(budget.toBigDecimal(), costPerUnit);
        // The formula is exact; the notional and the fee are each rounded to the currency's scale,
        // which can add a unit or two of the last digit. Never spend more than the budget.
        while (size.isPositive()
                && instrument
                        .notional(price, size)
                        .add(feeModel.commission(instrument, price, size, execution.liquiditySide()))
                        .isGreaterThan(budget)) {
            size = size.subtract(instrument.sizeIncrement());
        }
        return size;
    }

    private static boolean meetsMinimums(Instrument instrument, Price price, Quantity quantity) {
        return quantity.isPositive()
                && !quantity.isLessThan(instrument.minQuantity())
                && !instrument.notional(price, quantity).isLessThan(instrument.minNotional());
    }

    private boolean canSettle(Instrument instrument, OrderSide side, Price price, Quantity quantity, Money commission) {
        if (side == OrderSide.BUY) {
            Money cost = instrument.notional(price, quantity).add(commission);
            return !cost.isGreaterThan(account.cash(instrument.quoteCurrency()));
        }
        return !quantity.isGreaterThan(availablePosition(instrument));
    }

    /** The long position, at the instrument's size scale; zero when flat or short (spot sells only longs). */
    private Quantity availablePosition(Instrument instrument) {
        if (account.positionSide(instrument.id()) != PositionSide.LONG) {
            return Quantity.zero(instrument.sizeScale());
        }
        Quantity position = account.positionSize(instrument.id());
        return position.scale() == instrument.sizeScale()
                ? position
                : position.withScale(instrument.sizeScale(), RoundingMode.DOWN);
    }

    private void fill(
            InstrumentBook book,
            WorkingOrder working,
            Execution execution,
            Quantity quantity,
            Money commission,
            boolean completes,
            long barOpenTimeNanos) {
        Order order = working.order();
        TradeId tradeId = new TradeId(idPrefix + "T-" + ++tradeCount);
        // A fill matched against a bar is stamped with the bar's open time, the bar's timestamp in the
        // data: the earliest moment it could have happened, and the time trade lists show it under.
        long now = barOpenTimeNanos;
        OrderEvent fill = completes
                ? new OrderFilled(
                        order.clientOrderId(),
                        order.instrumentId(),
                        working.venueOrderId(),
                        tradeId,
                        order.side(),
                        quantity,
                        execution.price(),
                        commission,
                        execution.liquiditySide(),
                        now)
                : new OrderPartiallyFilled(
                        order.clientOrderId(),
                        order.instrumentId(),
                        working.venueOrderId(),
                        tradeId,
                        order.side(),
                        quantity,
                        execution.price(),
                        commission,
                        execution.liquiditySide(),
                        now);
        book.consume(quantity);
        if (completes) {
            retire(working);
        }
        publish(order, fill);
    }

    private void cancel(WorkingOrder working) {
        Order order = working.order();
        retire(working);
        publish(order, new OrderCanceled(order.clientOrderId(), order.instrumentId(), clock.timestampNanos()));
    }

    private void retire(WorkingOrder working) {
        openOrders.remove(working.order().clientOrderId());
        books.get(working.order().instrumentId()).remove(working);
    }

    /**
     * Applies the event to the venue's copy of the order first, so a bug here fails before anything
     * is published, then publishes it synchronously.
     */
    private void publish(Order order, OrderEvent event) {
        order.apply(event);
        bus.publish(eventsTopic, event);
    }

    private void requireStarted() {
        if (bus == null) {
            throw new IllegalStateException("venue " + name + " is not started: register it with a kernel first");
        }
    }
}
