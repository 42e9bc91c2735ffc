package io.alphapulse.app.server.live;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.IllegalOrderTransitionException;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.portfolio.Position;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.trading.Signal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The live read model: a kernel component that turns market data, orders, fills, signals and the
 * portfolio into immutable views, publishes each change as a {@link LiveEvent}, and serves the latest
 * views to other threads as {@link LiveView}. Writers run on the kernel thread only; readers see
 * published immutable records through concurrent maps and volatile fields.
 *
 * <p>Memory is bounded: the newest {@link #MAX_ORDERS} orders, {@link #MAX_TRADES} trades, {@link
 * #MAX_SIGNALS} signals and {@link #MAX_EQUITY_POINTS} equity points are kept; older ones remain in the
 * database.
 */
final class LiveBoard implements Component, LiveView {

    static final int MAX_ORDERS = 5_000;
    static final int MAX_TRADES = 2_000;
    static final int MAX_SIGNALS = 2_000;
    static final int MAX_EQUITY_POINTS = 10_000;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final List<Instrument> instrumentList;
    private final Map<InstrumentId, Instrument> instruments = new LinkedHashMap<>();
    private final List<InstrumentView> instrumentViews;
    private final Portfolio portfolio;
    private final Currency reportingCurrency;
    private final EventHub hub;
    private final Map<String, UUID> owners;
    private final Supplier<List<StrategyView>> strategies;
    private final Supplier<ControlsView> controls;
    private final Supplier<TradingStatus> status;

    // Kernel thread only.
    private final Map<InstrumentId, PriceState> priceStates = new HashMap<>();
    private final LinkedHashMap<ClientOrderId, Order> liveOrders = new LinkedHashMap<>();
    private final Map<ClientOrderId, String> rejections = new HashMap<>();
    private LocalDate day;
    private Money dayStartEquity;

    // Published to readers.
    private final ConcurrentHashMap<InstrumentId, PriceView> prices = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, OrderView> orders = new ConcurrentHashMap<>();
    private final Deque<TradeView> trades = new ArrayDeque<>();
    private final Deque<SignalView> signals = new ArrayDeque<>();
    private final Deque<EquityPoint> equity = new ArrayDeque<>();
    private volatile PortfolioView portfolioView;

    private MessageBus bus;
    private Kernel kernel;

    LiveBoard(
            List<Instrument> instrumentList,
            Portfolio portfolio,
            Currency reportingCurrency,
            EventHub hub,
            Map<String, UUID> owners,
            Supplier<List<StrategyView>> strategies,
            Supplier<ControlsView> controls,
            Supplier<TradingStatus> status) {
        this.instrumentList = List.copyOf(instrumentList);
        for (Instrument instrument : instrumentList) {
            instruments.put(instrument.id(), instrument);
        }
        this.instrumentViews = instrumentList.stream().map(LiveBoard::view).toList();
        this.portfolio = portfolio;
        this.reportingCurrency = reportingCurrency;
        this.hub = hub;
        this.owners = owners;
        this.strategies = strategies;
        this.controls = controls;
        this.status = status;
        this.portfolioView = snapshot(0);
    }

    @Override
    public String name() {
        return "live-board";
    }

    @Override
    public void onStart(Kernel kernel) {
        this.kernel = kernel;
        bus = kernel.bus();
        bus.subscribe(TradeTick.class, this::onTrade);
        bus.subscribe(QuoteTick.class, this::onQuote);
        bus.subscribe(Bar.class, this::onBar);
        bus.subscribe(bus.topic(Signal.TOPIC, Signal.class), this::onSignal);
        bus.subscribe(bus.topic(OrderTopics.EVENTS, OrderEvent.class), this::onOrderEvent);
    }

    // ---- kernel thread: writers ----

    /** Seeds the last prices from history before going live (kernel not yet started). */
    void seed(TradeTick trade) {
        priceState(trade.instrumentId()).trade(trade);
        publishPrice(trade.instrumentId(), false);
    }

    /** Seeds the equity history with stored points, oldest first (kernel not yet started). */
    void seedEquity(List<EquityPoint> points) {
        synchronized (equity) {
            for (EquityPoint point : points.subList(Math.max(0, points.size() - MAX_EQUITY_POINTS), points.size())) {
                equity.addLast(point);
            }
        }
    }

    private void onTrade(TradeTick trade) {
        priceState(trade.instrumentId()).trade(trade);
        publishPrice(trade.instrumentId(), true);
    }

    private void onQuote(QuoteTick quote) {
        priceState(quote.instrumentId()).quote(quote);
        publishPrice(quote.instrumentId(), true);
    }

    private PriceState priceState(InstrumentId id) {
        return priceStates.computeIfAbsent(id, ignored -> new PriceState());
    }

    private void publishPrice(InstrumentId id, boolean announce) {
        PriceState state = priceStates.get(id);
        if (state.last == null) {
            return;
        }
        BigDecimal last = Decimals.of(state.last);
        BigDecimal open = Decimals.of(state.open);
        double change = open.signum() == 0
                ? 0
                : last.subtract(open).divide(open, MathContext.DECIMAL64).doubleValue() * 100;
        PriceView view = new PriceView(
                id.venue(),
                id.symbol(),
                last,
                Decimals.of(state.bid),
                Decimals.of(state.ask),
                open,
                Math.round(change * 1e4) / 1e4,
                Decimals.of(state.volume),
                state.timeNanos / NANOS_PER_MILLI);
        prices.put(id, view);
        if (announce) {
            hub.publish(new LiveEvent(LiveEvent.PRICES, "price", view.ts(), view, null));
        }
    }

    private void onBar(Bar bar) {
        BarView view = BarView.of(bar);
        hub.publish(new LiveEvent(LiveEvent.BARS, "bar", view.closeTime(), view, null));
    }

    private void onSignal(Signal signal) {
        SignalView view = new SignalView(
                signal.strategyId(),
                signal.instrumentId().venue(),
                signal.instrumentId().symbol(),
                signal.strength(),
                signal.timestampNanos() / NANOS_PER_MILLI);
        synchronized (signals) {
            if (signals.size() == MAX_SIGNALS) {
                signals.removeLast();
            }
            signals.addFirst(view);
        }
        hub.publish(new LiveEvent(LiveEvent.SIGNALS, "signal", view.ts(), view, null));
    }

    /**
     * Takes an order command before the venue sees it, so the order is known when the venue's events
     * arrive (they are published synchronously, while the command is being handled).
     */
    void onCommand(OrderCommand command) {
        if (command instanceof SubmitOrder submit && !liveOrders.containsKey(submit.clientOrderId())) {
            liveOrders.put(submit.clientOrderId(), new Order(submit));
            trimOrders();
        }
    }

    /** Records an order the risk engine refused before it reached the venue. */
    void denied(SubmitOrder submit, String reason) {
        Order order = new Order(submit);
        liveOrders.put(submit.clientOrderId(), order);
        OrderRejected rejected = new OrderRejected(
                submit.clientOrderId(),
                submit.instrumentId(),
                reason,
                kernel.clock().timestampNanos());
        order.apply(rejected);
        rejections.put(submit.clientOrderId(), reason);
        publishOrder(order, "rejected");
        trimOrders();
    }

    /** The last trade price of an instrument, or {@code null} before its first trade (kernel thread). */
    io.alphapulse.engine.model.Price lastTrade(InstrumentId id) {
        PriceState state = priceStates.get(id);
        return state == null ? null : state.last;
    }

    /** Whether an order with this id exists (kernel thread). */
    boolean knows(ClientOrderId id) {
        return liveOrders.containsKey(id) || orders.containsKey(id.value());
    }

    /** The current view of an order (kernel thread, right after its events). */
    Optional<OrderView> current(ClientOrderId id) {
        return Optional.ofNullable(orders.get(id.value()));
    }

    private void onOrderEvent(OrderEvent event) {
        Order order = liveOrders.get(event.clientOrderId());
        if (order == null) {
            // A strategy's order the risk engine refused: the host publishes only the rejection.
            if (event instanceof OrderRejected rejected) {
                rejections.put(rejected.clientOrderId(), rejected.reason());
                OrderView view = new OrderView(
                        rejected.clientOrderId().value(),
                        null,
                        rejected.instrumentId().venue(),
                        rejected.instrumentId().symbol(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "rejected",
                        null,
                        null,
                        "strategy",
                        rejected.reason(),
                        rejected.timestampNanos() / NANOS_PER_MILLI,
                        rejected.timestampNanos() / NANOS_PER_MILLI,
                        null);
                orders.put(view.id(), view);
                hub.publish(new LiveEvent(LiveEvent.ORDERS, "rejected", view.updatedAt(), view, null));
            }
            return;
        }
        if (order.isTerminal()) {
            return;
        }
        try {
            order.apply(event);
        } catch (IllegalOrderTransitionException | IllegalArgumentException stale) {
            // The venue is the authority; an event the order cannot take changes nothing shown.
            return;
        }
        if (event instanceof OrderRejected rejected) {
            rejections.put(rejected.clientOrderId(), rejected.reason());
        }
        publishOrder(order, typeOf(event));
        if (event instanceof OrderFillEvent fill) {
            TradeView trade = view(fill, order);
            synchronized (trades) {
                if (trades.size() == MAX_TRADES) {
                    trades.removeLast();
                }
                trades.addFirst(trade);
            }
            hub.publish(new LiveEvent(LiveEvent.TRADES, "fill", trade.ts(), trade, trade.owner()));
            publishPortfolio(fill.timestampNanos(), true);
        }
    }

    private static String typeOf(OrderEvent event) {
        String simple = event.getClass().getSimpleName().replace("Order", "");
        return simple.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private void publishOrder(Order order, String type) {
        OrderView view = view(order);
        orders.put(view.id(), view);
        hub.publish(new LiveEvent(LiveEvent.ORDERS, type, view.updatedAt(), view, view.owner()));
    }

    private void trimOrders() {
        if (liveOrders.size() <= MAX_ORDERS) {
            return;
        }
        var iterator = liveOrders.entrySet().iterator();
        while (liveOrders.size() > MAX_ORDERS && iterator.hasNext()) {
            var entry = iterator.next();
            if (entry.getValue().isTerminal()) {
                iterator.remove();
                orders.remove(entry.getKey().value());
                rejections.remove(entry.getKey());
                owners.remove(entry.getKey().value());
            }
        }
    }

    /**
     * Takes a portfolio snapshot, publishes it to listeners and, when {@code record} is set, appends an
     * equity point. Kernel thread.
     */
    PortfolioView publishPortfolio(long timeNanos, boolean record) {
        PortfolioView view = snapshot(timeNanos / NANOS_PER_MILLI);
        portfolioView = view;
        if (record) {
            synchronized (equity) {
                if (equity.size() == MAX_EQUITY_POINTS) {
                    equity.removeFirst();
                }
                equity.addLast(new EquityPoint(view.ts(), view.equity(), view.cash()));
            }
        }
        hub.publish(new LiveEvent(LiveEvent.PORTFOLIO, "snapshot", view.ts(), view, null));
        return view;
    }

    private PortfolioView snapshot(long tsMillis) {
        List<PortfolioView.CurrencyBalance> accounts = new ArrayList<>();
        for (Currency currency : portfolio.currencies().stream()
                .sorted(Comparator.comparing(Currency::code))
                .toList()) {
            Money unrealized = Money.zero(currency);
            for (Position position : portfolio.positions().values()) {
                Instrument instrument = instruments.get(position.instrumentId());
                if (instrument != null && instrument.quoteCurrency().equals(currency)) {
                    unrealized = unrealized.add(position.unrealizedPnl());
                }
            }
            accounts.add(new PortfolioView.CurrencyBalance(
                    currency.code(),
                    Decimals.of(portfolio.equity(currency)),
                    Decimals.of(portfolio.cash(currency)),
                    Decimals.of(portfolio.realizedPnl(currency)),
                    Decimals.of(unrealized),
                    Decimals.of(portfolio.fees(currency))));
        }
        PortfolioView.CurrencyBalance headline = accounts.stream()
                .filter(account -> account.currency().equals(reportingCurrency.code()))
                .findFirst()
                .orElse(new PortfolioView.CurrencyBalance(
                        reportingCurrency.code(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO));
        Money equityNow = portfolio.currencies().contains(reportingCurrency)
                ? portfolio.equity(reportingCurrency)
                : Money.zero(reportingCurrency);
        LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(tsMillis, 86_400_000L));
        if (!today.equals(day) || dayStartEquity == null) {
            day = today;
            dayStartEquity = equityNow;
        }
        List<PositionView> positions = new ArrayList<>();
        for (Position position : portfolio.positions().values()) {
            if (position.side() != PositionSide.FLAT) {
                positions.add(view(position, instruments.get(position.instrumentId())));
            }
        }
        return new PortfolioView(
                reportingCurrency.code(),
                headline.equity(),
                headline.cash(),
                headline.realizedPnl(),
                headline.unrealizedPnl(),
                Decimals.of(equityNow.subtract(dayStartEquity)),
                headline.fees(),
                List.copyOf(accounts),
                List.copyOf(positions),
                tsMillis);
    }

    // ---- any thread: readers ----

    @Override
    public List<InstrumentView> instruments() {
        return instrumentViews;
    }

    @Override
    public Optional<InstrumentView> instrument(String symbol) {
        return resolve(symbol).map(id -> instrumentViews.get(instrumentList.indexOf(instruments.get(id))));
    }

    /** The instrument id named by {@code symbol} ({@code BTC-USDT} or {@code sim:BTC-USDT}), any case. */
    Optional<InstrumentId> resolve(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String wanted = symbol.trim();
        for (InstrumentId id : instruments.keySet()) {
            if (id.symbol().equalsIgnoreCase(wanted) || id.toString().equalsIgnoreCase(wanted)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    Optional<Instrument> instrumentOf(InstrumentId id) {
        return Optional.ofNullable(instruments.get(id));
    }

    @Override
    public List<PriceView> prices() {
        List<PriceView> list = new ArrayList<>(prices.size());
        for (InstrumentId id : instruments.keySet()) {
            PriceView view = prices.get(id);
            if (view != null) {
                list.add(view);
            }
        }
        return list;
    }

    @Override
    public Optional<PriceView> price(String symbol) {
        return resolve(symbol).map(prices::get);
    }

    @Override
    public PortfolioView portfolio() {
        return portfolioView;
    }

    @Override
    public List<EquityPoint> equityHistory() {
        synchronized (equity) {
            return List.copyOf(equity);
        }
    }

    @Override
    public List<OrderView> orders(UUID viewer) {
        return orders.values().stream()
                .filter(order -> order.owner() == null || order.owner().equals(viewer))
                .sorted(Comparator.comparingLong(OrderView::createdAt)
                        .reversed()
                        .thenComparing(OrderView::id))
                .toList();
    }

    @Override
    public Optional<OrderView> order(String clientOrderId, UUID viewer) {
        OrderView view = clientOrderId == null ? null : orders.get(clientOrderId);
        return view != null && (view.owner() == null || view.owner().equals(viewer))
                ? Optional.of(view)
                : Optional.empty();
    }

    @Override
    public List<TradeView> trades(UUID viewer, int limit) {
        synchronized (trades) {
            return trades.stream()
                    .filter(trade -> trade.owner() == null || trade.owner().equals(viewer))
                    .limit(limit)
                    .toList();
        }
    }

    @Override
    public List<SignalView> signals(int limit) {
        synchronized (signals) {
            return signals.stream().limit(limit).toList();
        }
    }

    @Override
    public List<StrategyView> strategies() {
        return strategies.get();
    }

    @Override
    public ControlsView controls() {
        return controls.get();
    }

    @Override
    public TradingStatus status() {
        return status.get();
    }

    // ---- conversions ----

    private OrderView view(Order order) {
        SubmitOrder command = order.command();
        InstrumentId id = command.instrumentId();
        long created = order.createdTimestampNanos() / NANOS_PER_MILLI;
        long updated = order.lastEventTimestampNanos() / NANOS_PER_MILLI;
        UUID owner = owners.get(command.clientOrderId().value());
        return new OrderView(
                command.clientOrderId().value(),
                order.venueOrderId().map(Object::toString).orElse(null),
                id.venue(),
                id.symbol(),
                command.side().name().toLowerCase(Locale.ROOT),
                typeName(command.type()),
                command.timeInForce().name().toLowerCase(Locale.ROOT),
                Decimals.of(command.quantity()),
                Decimals.of(command.quoteQuantity()),
                Decimals.of(command.limitPrice()),
                Decimals.of(command.triggerPrice()),
                order.status().name().toLowerCase(Locale.ROOT),
                order.filledQuantity().map(Decimals::of).orElse(null),
                order.averageFillPrice().map(Decimals::of).orElse(null),
                owner == null ? command.strategyId() : "manual",
                rejections.get(command.clientOrderId()),
                created,
                Math.max(created, updated),
                owner);
    }

    static String typeName(io.alphapulse.engine.orders.OrderType type) {
        return switch (type) {
            case MARKET -> "market";
            case LIMIT -> "limit";
            case STOP_MARKET -> "stop";
            case STOP_LIMIT -> "stop_limit";
        };
    }

    private TradeView view(OrderFillEvent fill, Order order) {
        UUID owner = owners.get(fill.clientOrderId().value());
        return new TradeView(
                fill.tradeId().toString(),
                fill.clientOrderId().value(),
                fill.instrumentId().venue(),
                fill.instrumentId().symbol(),
                fill.side().name().toLowerCase(Locale.ROOT),
                Decimals.of(fill.lastQuantity()),
                Decimals.of(fill.lastPrice()),
                Decimals.of(fill.commission()),
                fill.commission().currency().code(),
                fill.liquiditySide().name().toLowerCase(Locale.ROOT),
                owner == null ? order.strategyId() : "manual",
                fill.timestampNanos() / NANOS_PER_MILLI,
                owner);
    }

    private static PositionView view(Position position, Instrument instrument) {
        return new PositionView(
                position.instrumentId().venue(),
                position.instrumentId().symbol(),
                position.side().name().toLowerCase(Locale.ROOT),
                Decimals.of(position.quantity()),
                Decimals.of(position.averageEntryPrice()),
                Decimals.of(position.markPrice()),
                Decimals.of(position.marketValue()),
                Decimals.of(position.unrealizedPnl()),
                Decimals.of(position.realizedPnl()),
                instrument == null
                        ? position.marketValue().currency().code()
                        : instrument.quoteCurrency().code());
    }

    static InstrumentView view(Instrument instrument) {
        return new InstrumentView(
                instrument.id().venue(),
                instrument.id().symbol(),
                instrument.baseCurrency().code(),
                instrument.quoteCurrency().code(),
                Decimals.of(instrument.priceIncrement()),
                Decimals.of(instrument.sizeIncrement()),
                Decimals.of(instrument.minQuantity()),
                Decimals.of(instrument.minNotional()));
    }

    /** The market of one instrument, kernel thread only. */
    private static final class PriceState {
        io.alphapulse.engine.model.Price last;
        io.alphapulse.engine.model.Price open;
        io.alphapulse.engine.model.Price bid;
        io.alphapulse.engine.model.Price ask;
        io.alphapulse.engine.model.Quantity volume;
        long timeNanos;

        void trade(TradeTick trade) {
            last = trade.price();
            if (open == null) {
                open = trade.price();
            }
            volume = volume == null ? trade.size() : volume.add(trade.size());
            timeNanos = Math.max(timeNanos, trade.timestampNanos());
        }

        void quote(QuoteTick quote) {
            bid = quote.bid();
            ask = quote.ask();
            timeNanos = Math.max(timeNanos, quote.timestampNanos());
        }
    }
}
