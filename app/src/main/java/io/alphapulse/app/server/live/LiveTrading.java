package io.alphapulse.app.server.live;

import io.alphapulse.adapters.sim.Instruments;
import io.alphapulse.adapters.sim.SyntheticFeed;
import io.alphapulse.adapters.sim.SyntheticMarket;
import io.alphapulse.adapters.sim.SyntheticProfile;
import io.alphapulse.app.server.config.ServerSettings;
import io.alphapulse.engine.clock.Clock;
import io.alphapulse.engine.clock.WallClock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.BarAggregator;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.MarketData;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.execution.FixedBpsSlippage;
import io.alphapulse.engine.execution.MakerTakerFeeModel;
import io.alphapulse.engine.execution.MatchingSource;
import io.alphapulse.engine.execution.NoFillLimit;
import io.alphapulse.engine.execution.SimulatedVenue;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.HandlerFailurePolicy;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.LiveKernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.orders.OrderCanceled;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderPartiallyFilled;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.portfolio.FillRefusedException;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.risk.BuyingPowerPolicy;
import io.alphapulse.engine.risk.RiskEngine;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import io.alphapulse.engine.trading.BarAggregatorComponent;
import io.alphapulse.engine.trading.PortfolioComponent;
import io.alphapulse.engine.trading.Signal;
import io.alphapulse.engine.trading.StrategyHost;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.trading.FillRepository;
import io.alphapulse.infra.store.trading.OrderRepository;
import io.alphapulse.infra.store.trading.PortfolioSnapshot;
import io.alphapulse.infra.store.trading.PortfolioSnapshotRepository;
import io.alphapulse.infra.store.trading.PositionRepository;
import io.alphapulse.infra.store.trading.SignalRepository;
import io.alphapulse.infra.store.trading.StoredFill;
import io.alphapulse.infra.store.trading.StoredOrder;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Live paper trading (ARCHITECTURE.md §2, §5): the simulated venue {@code sim} with a live synthetic
 * feed, bars aggregated and stored, the configured strategy (the ensemble of sma-cross and rsi-reversion
 * by default) trading each configured symbol through the risk engine, and the portfolio, all on one
 * kernel thread against the wall clock. The same kernel, strategies, risk policies and venue as the
 * backtester; only the clock, the data source and the venue's matching source (trades instead of bars)
 * differ.
 *
 * <p>At start it generates {@link #WARM_UP} of synthetic history ending now, stores its bars and warms
 * the strategies on them, so charts have history and strategies trade from the first live bar; then
 * the feed continues the same price path in real time. Stopping (SIGTERM) stops the feed, lets the
 * kernel process what is queued, stops the components, takes a last portfolio snapshot and flushes the
 * recorder.
 */
public final class LiveTrading implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveTrading.class);

    /** History generated before going live. */
    static final Duration WARM_UP = Duration.ofHours(6);
    /** Bound of the kernel's inbound queue; prices beyond it are conflated by the feed. */
    static final int INBOUND_CAPACITY = 65_536;

    private static final Duration VIEW_REFRESH = Duration.ofSeconds(1);
    /**
     * How often the feed hands the market's new trades and quotes to the kernel: a trade reaches the
     * kernel at most this long after its time, as on a real venue's stream.
     */
    static final Duration FEED_INTERVAL = Duration.ofMillis(10);

    private final ServerSettings.Trading settings;
    private final List<String> venueNames;
    private final BarRepository bars;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final PortfolioSnapshotRepository snapshots;
    /** Tags this run's venue and strategy order ids, so they never collide with stored ones. */
    private final List<Instrument> instruments;

    private final Currency reportingCurrency;
    private final Timeframe timeframe;
    private final EventHub hub = new EventHub();
    private final Map<String, UUID> owners = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> signalCounts = new ConcurrentHashMap<>();
    private final WallClock clock = new WallClock();
    private final Portfolio portfolio;
    private final SimulatedVenue venue;
    private final LiveBoard board;
    private final TradingDesk desk;
    private final TradingRecorder recorder;
    private final Kernel kernel;
    private final LiveKernel liveKernel;
    private final SyntheticMarket market;
    private final SyntheticFeed feed;
    private final List<StrategySlot> slots = new ArrayList<>();
    private final List<Bar> history = new ArrayList<>();
    private volatile boolean running;
    private volatile Throwable kernelFailure;
    private final AtomicLong handlerFailures = new AtomicLong();

    public LiveTrading(
            ServerSettings settings,
            BarRepository bars,
            OrderRepository orders,
            FillRepository fills,
            PositionRepository positions,
            SignalRepository signals,
            PortfolioSnapshotRepository snapshots) {
        this.settings = settings.trading();
        this.venueNames = settings.venues().stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .toList();
        for (String venueName : venueNames) {
            if (!venueName.equals(Instruments.VENUE)) {
                throw new IllegalArgumentException(
                        "alphapulse.venues: venue '" + venueName + "' is not available in this version; use sim");
            }
        }
        this.bars = bars;
        this.orders = orders;
        this.fills = fills;
        this.snapshots = snapshots;
        // Tags this run's venue and strategy order ids, so they never collide with stored ones; in
        // milliseconds, as two starts in the same second (a quick restart) must not share ids.
        String session = Long.toString(System.currentTimeMillis(), 36);
        this.instruments = Instruments.defaults();
        this.reportingCurrency = Currency.of(this.settings.reportingCurrency());
        this.timeframe = Timeframe.parse(this.settings.timeframe());

        LinkedHashSet<Currency> quoteCurrencies = new LinkedHashSet<>();
        instruments.forEach(instrument -> quoteCurrencies.add(instrument.quoteCurrency()));
        List<Money> cash = quoteCurrencies.stream()
                .map(currency -> Money.of(this.settings.startingCash(), currency, RoundingMode.DOWN))
                .toList();
        this.portfolio = new Portfolio(instruments, cash);
        this.venue = new SimulatedVenue(
                Instruments.VENUE,
                instruments,
                portfolio,
                MakerTakerFeeModel.flat(this.settings.feeBps()),
                FixedBpsSlippage.none(),
                new NoFillLimit(),
                MatchingSource.TRADES,
                session);

        StrategyCatalog catalog = StrategyCatalog.builtIn();
        StrategyParameters parameters = catalog.parameters(this.settings.strategy(), this.settings.parameters());
        List<Instrument> traded = new ArrayList<>();
        for (String symbol : this.settings.symbols()) {
            traded.add(instruments.stream()
                    .filter(instrument -> instrument.id().symbol().equalsIgnoreCase(symbol.trim()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("alphapulse.trading.symbols: unknown symbol '"
                            + symbol + "'; the sim venue lists "
                            + instruments.stream().map(i -> i.id().symbol()).toList())));
        }

        this.board = new LiveBoard(
                instruments,
                portfolio,
                reportingCurrency,
                hub,
                owners,
                () -> desk().strategyViews(),
                () -> desk().controls(),
                this::status);
        List<String> tradedSymbols =
                traded.stream().map(instrument -> instrument.id().symbol()).toList();
        this.desk = new TradingDesk(
                board,
                portfolio,
                venue,
                risk(),
                owners,
                Set.copyOf(venueNames),
                catalog,
                this.settings.strategy(),
                parameters.values(),
                slots,
                tradedSymbols,
                timeframe.toString(),
                name -> signalCounts
                        .computeIfAbsent(name, ignored -> new AtomicLong())
                        .get(),
                System.currentTimeMillis());
        this.recorder = new TradingRecorder(orders, positions, signals, bars, snapshots, portfolio, owners);
        desk.onDenied(recorder::denied);

        MessageBus bus = new MessageBus(HandlerFailurePolicy.isolate(failure -> {
            handlerFailures.incrementAndGet();
            log.error(
                    "Kernel handler failed on {} ({}): {}",
                    failure.topic(),
                    failure.message().getClass().getSimpleName(),
                    failure.cause().toString(),
                    failure.cause());
        }));
        this.kernel = new Kernel(clock, bus, Kernel.DEFAULT_MAX_PENDING);
        kernel.register(new CommandJournal());
        kernel.register(venue);
        kernel.register(new PortfolioComponent(portfolio));
        kernel.register(new BarAggregatorComponent(timeframe));
        kernel.register(board);
        for (Instrument instrument : traded) {
            StrategySlot slot = new StrategySlot(catalog.create(parameters), desk::paused);
            slots.add(slot);
            kernel.register(new StrategyHost(
                    strategyId(this.settings.strategy(), instrument),
                    slot,
                    instrument,
                    portfolio,
                    risk(),
                    desk::tradingState,
                    orderIdPrefix(instrument, session)));
        }
        kernel.register(desk);
        kernel.register(recorder);
        kernel.register(new Clockwork());
        this.liveKernel = new LiveKernel(kernel, clock, INBOUND_CAPACITY, failure -> {
            kernelFailure = failure;
            log.error("The trading kernel stopped: {}", failure.toString(), failure);
        });
        desk.attach(liveKernel);

        long seed = this.settings.seed() != 0 ? this.settings.seed() : System.nanoTime();
        if (!(this.settings.feedActivity() > 0 && this.settings.feedActivity() <= 1000)) {
            throw new IllegalArgumentException(
                    "alphapulse.trading.feed-activity must be in (0, 1000], was " + this.settings.feedActivity());
        }
        List<SyntheticProfile> profiles = Instruments.defaultProfiles().stream()
                .map(profile -> profile.withTradesPerSecond(profile.tradesPerSecond() * this.settings.feedActivity()))
                .toList();
        long now = clock.timestampNanos();
        this.market = new SyntheticMarket(profiles, seed, now - WARM_UP.toNanos());
        this.feed = new SyntheticFeed(market, liveKernel::offer, FEED_INTERVAL);
    }

    /** The id a strategy trades one instrument under: {@code ensemble.BTC-USDT}. */
    static String strategyId(String strategy, Instrument instrument) {
        return strategy + "." + instrument.id().symbol();
    }

    /**
     * What a strategy's client order ids start with in one run: the symbol and the run's session, so a
     * restarted server never reuses an id already in the store (where the first one would win).
     */
    static String orderIdPrefix(Instrument instrument, String session) {
        String symbol = instrument.id().symbol().replaceAll("[^A-Za-z0-9_-]", "_");
        return symbol.substring(0, Math.min(symbol.length(), 24 - 1 - session.length())) + "_" + session;
    }

    /** The strategy name of a {@link #strategyId}. */
    static String strategyName(String strategyId) {
        int dot = strategyId.indexOf('.');
        return dot < 0 ? strategyId : strategyId.substring(0, dot);
    }

    /** The checks of every live order, the strategies' and manual ones alike. */
    static RiskEngine risk() {
        return RiskEngine.defaultChain().andThen(new BuyingPowerPolicy());
    }

    private TradingDesk desk() {
        return desk;
    }

    /** The read side for the API, the WebSocket and the dashboard. */
    public LiveView view() {
        return board;
    }

    /** Where live events can be followed. */
    public LiveEvents events() {
        return hub;
    }

    /** The API's way in. */
    public TradingCommands commands() {
        return desk;
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        restore();
        warmUp();
        board.publishPortfolio(clock.timestampNanos(), false);
        recorder.start();
        try {
            liveKernel.start();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the trading kernel", interrupted);
        }
        feed.start();
        running = true;
        log.info(
                "Paper trading started: {} ({} bars of history in {} ms)",
                settings.symbols().isEmpty()
                        ? "no strategies, manual orders only"
                        : settings.strategy() + " on " + settings.symbols(),
                history.size(),
                (System.nanoTime() - started) / 1_000_000);
        history.clear();
    }

    /**
     * Rebuilds the paper account from the stored fills, and closes the orders a previous run left open:
     * the paper venue's working orders died with that process, so they are canceled (or, if they never
     * reached the venue, rejected) in the store.
     */
    private void restore() {
        try {
            long now = clock.timestampNanos();
            int closed = 0;
            for (StoredOrder open : orders.unfinishedOrders()) {
                if (!open.instrumentId().venue().equals(Instruments.VENUE)) {
                    continue;
                }
                OrderEvent end = open.status() == OrderStatus.INITIALIZED
                        ? new OrderRejected(
                                open.clientOrderId(),
                                open.instrumentId(),
                                "the paper venue restarted before the order reached it",
                                now)
                        : new OrderCanceled(open.clientOrderId(), open.instrumentId(), now);
                orders.apply(end);
                closed++;
            }
            int applied = 0;
            int refused = 0;
            for (StoredFill fill : fills.fillsOfVenue(Instruments.VENUE)) {
                if (instruments.stream().noneMatch(instrument -> instrument.id().equals(fill.instrumentId()))) {
                    continue;
                }
                long time = fill.executedAt().getEpochSecond() * 1_000_000_000L
                        + fill.executedAt().getNano();
                OrderFillEvent event = new OrderPartiallyFilled(
                        fill.clientOrderId(),
                        fill.instrumentId(),
                        fill.venueOrderId(),
                        fill.tradeId(),
                        fill.side(),
                        fill.quantity(),
                        fill.price(),
                        fill.commission(),
                        fill.liquiditySide(),
                        time);
                try {
                    portfolio.apply(event);
                    applied++;
                } catch (FillRefusedException refusedFill) {
                    refused++;
                    log.warn(
                            "Stored fill {} could not be re-applied to the paper account: {}",
                            fill.tradeId(),
                            refusedFill.getMessage());
                }
            }
            Instant to = Instant.now();
            List<EquityPoint> points = new ArrayList<>();
            for (PortfolioSnapshot snapshot :
                    snapshots.between(TradingRecorder.PAPER_ACCOUNT, to.minus(Duration.ofDays(1)), to)) {
                if (snapshot.equity().currency().code().equals(reportingCurrency.code())) {
                    points.add(new EquityPoint(
                            snapshot.takenAt().toEpochMilli(),
                            Decimals.of(snapshot.equity()),
                            Decimals.of(snapshot.cash())));
                }
            }
            board.seedEquity(points);
            if (applied + closed > 0) {
                log.info(
                        "Paper account restored from {} stored fill(s); {} order(s) left open by the last run closed{}",
                        applied,
                        closed,
                        refused == 0 ? "" : "; " + refused + " fill(s) could not be re-applied");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore the paper account from the store", e);
        }
    }

    private void warmUp() {
        BarAggregator aggregator = new BarAggregator(timeframe);
        Map<InstrumentId, List<Bar>> byInstrument = new LinkedHashMap<>();
        Map<InstrumentId, TradeTick> lastTrades = new HashMap<>();
        long now = clock.timestampNanos();
        market.advanceTo(now, (MarketData data) -> {
            if (data instanceof TradeTick trade) {
                lastTrades.put(trade.instrumentId(), trade);
                aggregator.onTrade(trade).ifPresent(bar -> byInstrument
                        .computeIfAbsent(bar.instrumentId(), id -> new ArrayList<>())
                        .add(bar));
            }
        });
        for (Map.Entry<InstrumentId, List<Bar>> entry : byInstrument.entrySet()) {
            List<Bar> instrumentBars = entry.getValue();
            history.addAll(instrumentBars);
            Bar first = instrumentBars.getFirst();
            BarSeries.Builder series = BarSeries.builder(
                    entry.getKey(), timeframe, first.priceScale(), first.volumeScale(), instrumentBars.size());
            for (Bar bar : instrumentBars) {
                series.add(
                        bar.openTimeNanos(),
                        bar.openRaw(),
                        bar.highRaw(),
                        bar.lowRaw(),
                        bar.closeRaw(),
                        bar.volumeRaw());
            }
            try {
                bars.upsert(series.build());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the warm-up bars of " + entry.getKey(), e);
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            String symbol = settings.symbols().get(i).trim();
            slots.get(i)
                    .warm(history.stream()
                            .filter(bar -> bar.instrumentId().symbol().equalsIgnoreCase(symbol))
                            .toList());
        }
        lastTrades.values().forEach(board::seed);
    }

    @Override
    public void stop() {
        running = false;
        try {
            feed.stop();
            liveKernel.close();
            recorder.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        log.info(
                "Paper trading stopped: {} events processed, {} records written",
                kernel.processedCount(),
                recorder.written());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts, after it stops. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** Health of the kernel, the feed and the recorder. */
    public TradingStatus status() {
        long age = feed.lastMessageAgeNanos();
        long ageMillis = age < 0 ? -1 : age / 1_000_000;
        boolean stale = ageMillis < 0 || ageMillis > settings.feedStaleAfter().toMillis();
        return new TradingStatus(
                liveKernel.isAlive(),
                kernel.processedCount(),
                liveKernel.queued(),
                List.of(new TradingStatus.FeedStatus(
                        "synthetic",
                        Instruments.VENUE,
                        feed.isRunning(),
                        feed.delivered(),
                        feed.refused(),
                        ageMillis,
                        stale)),
                venueNames);
    }

    /** Why persistence of live trading is failing, if it is. */
    public Optional<String> recorderFailure() {
        return Optional.ofNullable(recorder.failure());
    }

    long recordsWritten() {
        return recorder.written();
    }

    long recordsDropped() {
        return recorder.dropped();
    }

    long handlerFailures() {
        return handlerFailures.get();
    }

    /** Why the kernel stopped, if it did. */
    public Optional<Throwable> kernelFailure() {
        return Optional.ofNullable(kernelFailure);
    }

    /**
     * Shows every order command to the board and the recorder before the venue handles it: the venue
     * answers synchronously, so whoever tracks an order must know it before its first event. Registered
     * first, so its subscription comes before the venue's.
     */
    private final class CommandJournal implements Component {
        @Override
        public String name() {
            return "command-journal";
        }

        @Override
        public void onStart(Kernel kernel) {
            kernel.bus().subscribe(kernel.bus().topic(OrderTopics.COMMANDS, OrderCommand.class), command -> {
                board.onCommand(command);
                recorder.onCommand(command);
            });
        }
    }

    /** Portfolio views every second, equity points and stored snapshots every snapshot interval and at stop. */
    private final class Clockwork implements Component {
        @Override
        public String name() {
            return "clockwork";
        }

        @Override
        public void onStart(Kernel kernel) {
            Clock kernelClock = kernel.clock();
            long now = kernelClock.timestampNanos();
            kernelClock.setTimer(
                    "portfolio-view",
                    VIEW_REFRESH.toNanos(),
                    now + VIEW_REFRESH.toNanos(),
                    Clock.NO_STOP,
                    event -> board.publishPortfolio(event.scheduledTimeNanos(), false));
            kernelClock.setTimer(
                    "portfolio-snapshot",
                    settings.snapshotInterval().toNanos(),
                    now + settings.snapshotInterval().toNanos(),
                    Clock.NO_STOP,
                    event -> snapshot(event.scheduledTimeNanos()));
            MessageBus bus = kernel.bus();
            bus.subscribe(bus.topic(Signal.TOPIC, Signal.class), signal -> signalCounts
                    .computeIfAbsent(strategyName(signal.strategyId()), ignored -> new AtomicLong())
                    .incrementAndGet());
            snapshot(now);
        }

        @Override
        public void onStop(Kernel kernel) {
            kernel.clock().cancelTimer("portfolio-view");
            kernel.clock().cancelTimer("portfolio-snapshot");
            snapshot(kernel.clock().timestampNanos());
        }

        /** Publishes an equity point and stores a portfolio snapshot. */
        private void snapshot(long timeNanos) {
            PortfolioView view = board.publishPortfolio(timeNanos, true);
            recorder.snapshot(new PortfolioSnapshot(
                    TradingRecorder.PAPER_ACCOUNT,
                    Instant.ofEpochMilli(view.ts()),
                    Money.of(view.equity(), reportingCurrency, RoundingMode.DOWN),
                    Money.of(view.cash(), reportingCurrency, RoundingMode.DOWN),
                    Money.of(view.realizedPnl(), reportingCurrency, RoundingMode.DOWN),
                    Money.of(view.unrealizedPnl(), reportingCurrency, RoundingMode.DOWN)));
        }
    }
}
