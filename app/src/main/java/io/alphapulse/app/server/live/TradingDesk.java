package io.alphapulse.app.server.live;

import io.alphapulse.engine.execution.SimulatedVenue;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.InboundQueueFullException;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.LiveKernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.kernel.Topic;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Message;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.CancelOrder;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.risk.RiskContext;
import io.alphapulse.engine.risk.RiskDecision;
import io.alphapulse.engine.risk.RiskEngine;
import io.alphapulse.engine.risk.TradingState;
import io.alphapulse.engine.strategy.InvalidParameterException;
import io.alphapulse.engine.strategy.Strategy;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Carries the API's requests into the kernel. {@link TradingCommands} methods run on request threads:
 * they validate the request against the instrument (naming the field at fault), then hand an immutable
 * command message to the kernel through its bounded inbound queue and wait briefly for the kernel's
 * answer. The kernel-side half ({@link Component}) checks each manual order with the same {@link
 * RiskEngine} as the strategies' orders, sends it to the venue, and answers with the order as it stands
 * after the venue's synchronous acknowledgement.
 */
final class TradingDesk implements TradingCommands, Component {

    /** How long a request waits for room in the kernel's queue, and then for the kernel's answer. */
    static final Duration WAIT = Duration.ofSeconds(2);

    private static final String MANUAL = "manual";

    private final LiveBoard board;
    private final Portfolio portfolio;
    private final SimulatedVenue venue;
    private final RiskEngine risk;
    private final Map<String, UUID> owners;
    private final Set<String> venues;
    private final StrategyCatalog catalog;
    private final String strategyName;
    private final List<StrategySlot> slots;
    private final List<String> strategySymbols;
    private final String strategyTimeframe;
    private final Function<String, Long> signalCount;
    private final SecureRandom random = new SecureRandom();
    private java.util.function.BiConsumer<SubmitOrder, String> deniedOrders = (order, reason) -> {};
    private LiveKernel liveKernel;
    private Kernel kernel;
    private MessageBus bus;
    private Topic<OrderCommand> commands;

    // Written on the kernel thread, read anywhere.
    private volatile TradingState state = TradingState.ACTIVE;
    private volatile boolean paused;
    private volatile ControlsView controls;
    private volatile Map<String, String> strategyParameters;

    TradingDesk(
            LiveBoard board,
            Portfolio portfolio,
            SimulatedVenue venue,
            RiskEngine risk,
            Map<String, UUID> owners,
            Set<String> venues,
            StrategyCatalog catalog,
            String strategyName,
            Map<String, String> strategyParameters,
            List<StrategySlot> slots,
            List<String> strategySymbols,
            String strategyTimeframe,
            Function<String, Long> signalCount,
            long nowMillis) {
        this.board = board;
        this.portfolio = portfolio;
        this.venue = venue;
        this.risk = risk;
        this.owners = owners;
        this.venues = Set.copyOf(venues);
        this.catalog = catalog;
        this.strategyName = strategyName;
        this.strategyParameters = Map.copyOf(strategyParameters);
        // Filled by the owner after construction, before the kernel starts; never changed afterwards.
        this.slots = slots;
        this.strategySymbols = List.copyOf(strategySymbols);
        this.strategyTimeframe = strategyTimeframe;
        this.signalCount = signalCount;
        this.controls = new ControlsView("running", nowMillis, "system");
    }

    void attach(LiveKernel liveKernel) {
        this.liveKernel = liveKernel;
    }

    /** Told (kernel thread) of every manual order the risk engine refused, to record it. */
    void onDenied(java.util.function.BiConsumer<SubmitOrder, String> deniedOrders) {
        this.deniedOrders = deniedOrders;
    }

    @Override
    public String name() {
        return "trading-desk";
    }

    @Override
    public void onStart(Kernel kernel) {
        this.kernel = kernel;
        bus = kernel.bus();
        commands = bus.topic(OrderTopics.COMMANDS, OrderCommand.class);
        bus.subscribe(ManualSubmit.class, request -> answering(request.future(), () -> onSubmit(request)));
        bus.subscribe(ManualCancel.class, request -> answering(request.future(), () -> onCancel(request)));
        bus.subscribe(ControlChange.class, request -> answering(request.future(), () -> onControl(request)));
        bus.subscribe(StrategyChange.class, request -> answering(request.future(), () -> onStrategyChange(request)));
    }

    /** The account's trading state, for the risk checks of strategies and manual orders. */
    TradingState tradingState() {
        return state;
    }

    /** Whether strategies are paused (their signals withheld). */
    boolean paused() {
        return paused || state == TradingState.HALTED;
    }

    ControlsView controls() {
        return controls;
    }

    List<StrategyView> strategyViews() {
        boolean enabled = !slots.isEmpty() && slots.getFirst().enabled();
        Map<String, String> shown = new TreeMap<>(strategyParameters);
        return List.of(new StrategyView(
                strategyName,
                catalog.factory(strategyName).description(),
                enabled,
                strategySymbols,
                strategyTimeframe,
                shown,
                signalCount.apply(strategyName)));
    }

    // ---- request threads ----

    @Override
    public OrderView submit(OrderRequest request, UUID owner) {
        Objects.requireNonNull(owner, "owner");
        SubmitOrder order = parse(request);
        return ask(future -> new ManualSubmit(order, owner, future, order.timestampNanos()));
    }

    @Override
    public OrderView cancel(String clientOrderId, UUID owner) {
        ClientOrderId id;
        try {
            id = new ClientOrderId(clientOrderId);
        } catch (IllegalArgumentException invalid) {
            throw new TradingRequestException(
                    TradingRequestException.Kind.NOT_FOUND, "id", "no order '" + printable(clientOrderId) + "'");
        }
        return ask(future -> new ManualCancel(id, owner, future, System.currentTimeMillis() * 1_000_000L));
    }

    @Override
    public ControlsView pause(String by) {
        return ask(future -> new ControlChange("paused", by, future, System.currentTimeMillis() * 1_000_000L));
    }

    @Override
    public ControlsView resume(String by) {
        return ask(future -> new ControlChange("running", by, future, System.currentTimeMillis() * 1_000_000L));
    }

    @Override
    public ControlsView halt(String by) {
        return ask(future -> new ControlChange("halted", by, future, System.currentTimeMillis() * 1_000_000L));
    }

    @Override
    public StrategyView updateStrategy(String name, Boolean enabled, Map<String, String> parameters) {
        if (!strategyName.equals(name)) {
            throw new TradingRequestException(
                    TradingRequestException.Kind.NOT_FOUND,
                    "name",
                    "no running strategy '" + printable(name) + "'; running: " + strategyName);
        }
        List<Strategy> replacements = null;
        Map<String, String> merged = null;
        if (parameters != null && !parameters.isEmpty()) {
            merged = new LinkedHashMap<>(strategyParameters);
            merged.putAll(parameters);
            try {
                StrategyParameters resolved = catalog.parameters(strategyName, merged);
                replacements = new ArrayList<>();
                for (int i = 0; i < slots.size(); i++) {
                    replacements.add(catalog.create(resolved));
                }
                merged = new LinkedHashMap<>(resolved.values());
            } catch (InvalidParameterException invalid) {
                throw new TradingRequestException(
                        TradingRequestException.Kind.INVALID, "parameters", invalid.getMessage());
            }
        }
        List<Strategy> strategies = replacements;
        Map<String, String> values = merged;
        return ask(future ->
                new StrategyChange(enabled, values, strategies, future, System.currentTimeMillis() * 1_000_000L));
    }

    private <T> T ask(Function<CompletableFuture<T>, Message> command) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            liveKernel.put(command.apply(future), WAIT);
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InboundQueueFullException | TimeoutException busy) {
            throw new TradingRequestException(
                    TradingRequestException.Kind.UNAVAILABLE,
                    null,
                    "the trading kernel did not take the request within " + WAIT.toSeconds() + " s; try again");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TradingRequestException(TradingRequestException.Kind.UNAVAILABLE, null, "interrupted");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof TradingRequestException request) {
                throw request;
            }
            throw new IllegalStateException("the trading kernel failed on a request", failed.getCause());
        }
    }

    private SubmitOrder parse(OrderRequest request) {
        if (request == null) {
            throw invalid(null, "the order is missing");
        }
        String venueName = request.venue() == null
                ? SimulatedVenue.DEFAULT_NAME
                : request.venue().trim().toLowerCase(Locale.ROOT);
        if (!venues.contains(venueName)) {
            throw invalid("venue", "unknown venue '" + printable(request.venue()) + "'; connected: " + venues);
        }
        if (request.symbol() == null || request.symbol().isBlank()) {
            throw invalid("symbol", "symbol is required, e.g. BTC-USDT");
        }
        InstrumentId id = board.resolve(request.symbol())
                .filter(found -> found.venue().equals(venueName))
                .orElseThrow(() -> invalid(
                        "symbol",
                        "unknown symbol '" + printable(request.symbol()) + "' on venue " + venueName + "; listed: "
                                + board.instruments().stream()
                                        .map(InstrumentView::symbol)
                                        .toList()));
        Instrument instrument = board.instrumentOf(id).orElseThrow();
        OrderSide side =
                switch (lower(request.side())) {
                    case "buy" -> OrderSide.BUY;
                    case "sell" -> OrderSide.SELL;
                    default ->
                        throw invalid("side", "side must be buy or sell, was '" + printable(request.side()) + "'");
                };
        OrderType type =
                switch (lower(request.type())) {
                    case "market" -> OrderType.MARKET;
                    case "limit" -> OrderType.LIMIT;
                    case "stop", "stop_market" -> OrderType.STOP_MARKET;
                    case "stop_limit" -> OrderType.STOP_LIMIT;
                    default ->
                        throw invalid(
                                "type",
                                "type must be market, limit, stop or stop_limit, was '" + printable(request.type())
                                        + "'");
                };
        TimeInForce timeInForce =
                switch (request.timeInForce() == null ? "gtc" : lower(request.timeInForce())) {
                    case "gtc" -> TimeInForce.GTC;
                    case "ioc" -> TimeInForce.IOC;
                    case "fok" -> TimeInForce.FOK;
                    default ->
                        throw invalid(
                                "timeInForce",
                                "timeInForce must be gtc, ioc or fok, was '" + printable(request.timeInForce()) + "'");
                };
        Quantity quantity = quantity(instrument, request.quantity());
        boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean needsTrigger = type == OrderType.STOP_MARKET || type == OrderType.STOP_LIMIT;
        Price limit = price(instrument, "price", request.price(), needsLimit, type);
        Price trigger = price(instrument, "stopPrice", request.stopPrice(), needsTrigger, type);
        ClientOrderId clientOrderId;
        try {
            clientOrderId =
                    request.clientOrderId() == null ? generatedId() : new ClientOrderId(request.clientOrderId());
        } catch (IllegalArgumentException wrong) {
            throw invalid(
                    "clientOrderId",
                    "clientOrderId must be 1 to 36 of A-Z a-z 0-9 _ -, was '" + printable(request.clientOrderId())
                            + "'");
        }
        return new SubmitOrder(
                clientOrderId,
                id,
                side,
                type,
                quantity,
                limit,
                trigger,
                timeInForce,
                MANUAL,
                System.currentTimeMillis() * 1_000_000L);
    }

    private static Quantity quantity(Instrument instrument, BigDecimal value) {
        if (value == null) {
            throw invalid("quantity", "quantity is required");
        }
        if (value.signum() <= 0) {
            throw invalid("quantity", "quantity must be positive, was " + value.toPlainString());
        }
        Quantity quantity;
        try {
            quantity = instrument.quantity(value);
        } catch (IllegalArgumentException | ArithmeticException wrong) {
            throw invalid(
                    "quantity",
                    "quantity " + shortText(value) + " is not a multiple of the lot " + instrument.sizeIncrement()
                            + " of " + instrument.id().symbol() + " (or is too large)");
        }
        if (quantity.isLessThan(instrument.minQuantity())) {
            throw invalid(
                    "quantity",
                    "quantity " + quantity + " is below the minimum " + instrument.minQuantity() + " of "
                            + instrument.id().symbol());
        }
        return quantity;
    }

    private static Price price(
            Instrument instrument, String field, BigDecimal value, boolean required, OrderType type) {
        if (value == null) {
            if (required) {
                throw invalid(field, field + " is required for a " + LiveBoard.typeName(type) + " order");
            }
            return null;
        }
        if (!required) {
            throw invalid(field, field + " is not allowed on a " + LiveBoard.typeName(type) + " order");
        }
        if (value.signum() <= 0) {
            throw invalid(field, field + " must be positive, was " + shortText(value));
        }
        try {
            return instrument.price(value);
        } catch (IllegalArgumentException | ArithmeticException wrong) {
            throw invalid(
                    field,
                    field + " " + shortText(value) + " is not on the tick " + instrument.priceIncrement() + " of "
                            + instrument.id().symbol() + " (or is too large)");
        }
    }

    private ClientOrderId generatedId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return new ClientOrderId("m-" + HexFormat.of().formatHex(bytes));
    }

    private static TradingRequestException invalid(String field, String message) {
        return new TradingRequestException(TradingRequestException.Kind.INVALID, field, message);
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    /** A caller's value fit to quote in an error: short, printable. */
    static String printable(String value) {
        if (value == null) {
            return "null";
        }
        String kept = value.replaceAll("[^\\x20-\\x7E]", "?");
        return kept.length() > 40 ? kept.substring(0, 40) + "..." : kept;
    }

    private static String shortText(BigDecimal value) {
        return printable(value.toPlainString().length() > 40 ? value.toString() : value.toPlainString());
    }

    // ---- kernel thread ----

    /** Runs a request's handler; if it throws, the waiting caller is told instead of timing out. */
    private static void answering(CompletableFuture<?> future, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException failure) {
            future.completeExceptionally(failure);
            throw failure;
        }
    }

    private void onSubmit(ManualSubmit request) {
        SubmitOrder order = request.order();
        if (state == TradingState.HALTED) {
            request.future()
                    .completeExceptionally(new TradingRequestException(
                            TradingRequestException.Kind.CONFLICT,
                            null,
                            "trading is halted by the kill switch; resume it first"));
            return;
        }
        if (board.knows(order.clientOrderId())) {
            request.future()
                    .completeExceptionally(new TradingRequestException(
                            TradingRequestException.Kind.CONFLICT,
                            "clientOrderId",
                            "clientOrderId '" + order.clientOrderId() + "' is already used"));
            return;
        }
        owners.put(order.clientOrderId().value(), request.owner());
        Instrument instrument = board.instrumentOf(order.instrumentId()).orElseThrow();
        RiskContext context = new RiskContext(instrument, portfolio, board.lastTrade(order.instrumentId()), state);
        switch (risk.check(order, context)) {
            case RiskDecision.Denied denied -> {
                String reason = denied.policy() + ": " + denied.reason();
                board.denied(order, reason);
                deniedOrders.accept(order, reason);
                request.future()
                        .completeExceptionally(
                                new TradingRequestException(TradingRequestException.Kind.REJECTED, null, reason));
            }
            case RiskDecision.Allowed allowed -> {
                bus.publish(commands, allowed.order());
                OrderView view = board.current(order.clientOrderId()).orElseThrow();
                if (view.status().equals("rejected")) {
                    request.future()
                            .completeExceptionally(new TradingRequestException(
                                    TradingRequestException.Kind.REJECTED, null, view.reason()));
                } else {
                    request.future().complete(view);
                }
            }
        }
    }

    private void onCancel(ManualCancel request) {
        var view = board.order(request.id().value(), request.owner());
        if (view.isEmpty()) {
            request.future()
                    .completeExceptionally(new TradingRequestException(
                            TradingRequestException.Kind.NOT_FOUND, "id", "no order '" + request.id() + "'"));
            return;
        }
        if (!view.get().isOpen()) {
            request.future()
                    .completeExceptionally(new TradingRequestException(
                            TradingRequestException.Kind.CONFLICT,
                            "id",
                            "order '" + request.id() + "' is " + view.get().status() + ", not open"));
            return;
        }
        InstrumentId instrument =
                board.resolve(view.get().venue() + ":" + view.get().symbol()).orElseThrow();
        bus.publish(
                commands,
                new CancelOrder(request.id(), instrument, kernel.clock().timestampNanos()));
        request.future().complete(board.current(request.id()).orElseThrow());
    }

    private void onControl(ControlChange change) {
        switch (change.state()) {
            case "paused" -> {
                paused = true;
                state = TradingState.ACTIVE;
            }
            case "running" -> {
                paused = false;
                state = TradingState.ACTIVE;
            }
            case "halted" -> {
                state = TradingState.HALTED;
                venue.cancelOpenOrders();
            }
            default -> throw new IllegalArgumentException("unknown trading state " + change.state());
        }
        controls = new ControlsView(change.state(), change.timestampNanos() / 1_000_000L, change.by());
        change.future().complete(controls);
    }

    private void onStrategyChange(StrategyChange change) {
        if (change.replacements() != null) {
            for (int i = 0; i < slots.size(); i++) {
                slots.get(i).replace(change.replacements().get(i));
            }
            strategyParameters = Map.copyOf(change.parameters());
        }
        if (change.enabled() != null) {
            for (StrategySlot slot : slots) {
                slot.setEnabled(change.enabled());
            }
        }
        change.future().complete(strategyViews().getFirst());
    }

    record ManualSubmit(SubmitOrder order, UUID owner, CompletableFuture<OrderView> future, long timestampNanos)
            implements Message {}

    record ManualCancel(ClientOrderId id, UUID owner, CompletableFuture<OrderView> future, long timestampNanos)
            implements Message {}

    record ControlChange(String state, String by, CompletableFuture<ControlsView> future, long timestampNanos)
            implements Message {}

    record StrategyChange(
            Boolean enabled,
            Map<String, String> parameters,
            List<Strategy> replacements,
            CompletableFuture<StrategyView> future,
            long timestampNanos)
            implements Message {}
}
