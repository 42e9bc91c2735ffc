package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.ControlsView;
import io.alphapulse.app.server.live.EquityPoint;
import io.alphapulse.app.server.live.InstrumentView;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.OrderRequest;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.PositionView;
import io.alphapulse.app.server.live.PriceView;
import io.alphapulse.app.server.live.SignalView;
import io.alphapulse.app.server.live.StrategyView;
import io.alphapulse.app.server.live.TradeView;
import io.alphapulse.app.server.live.TradingCommands;
import io.alphapulse.app.server.live.TradingRequestException;
import io.alphapulse.app.server.live.TradingRequestException.Kind;
import io.alphapulse.app.server.live.TradingStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A small in-memory stand-in for live trading: two instruments on {@code sim}, a USDT account holding
 * 0.5 BTC, and orders that are accepted when on the lot and tick. It checks requests the way the
 * contract says live trading does (unknown symbol, off lot, duplicate id, halted), so the API's
 * mapping of each refusal can be tested.
 */
final class FakeLive implements LiveView, TradingCommands {

    static final long NOW = 1_700_000_000_000L;
    static final UUID STRATEGY_OWNER = null;

    final InstrumentView btc = new InstrumentView(
            "sim",
            "BTC-USDT",
            "BTC",
            "USDT",
            new BigDecimal("0.01"),
            new BigDecimal("0.0001"),
            new BigDecimal("0.0001"),
            new BigDecimal("5"));
    final InstrumentView eth = new InstrumentView(
            "sim",
            "ETH-USDT",
            "ETH",
            "USDT",
            new BigDecimal("0.01"),
            new BigDecimal("0.001"),
            new BigDecimal("0.001"),
            new BigDecimal("5"));

    final List<OrderView> orders = Collections.synchronizedList(new ArrayList<>());
    final List<OrderRequest> submitted = Collections.synchronizedList(new ArrayList<>());
    final List<String> controlCalls = Collections.synchronizedList(new ArrayList<>());
    volatile String state = "running";
    volatile boolean kernelBusy;
    volatile Map<String, String> strategyParameters = Map.of("fast", "10", "slow", "30");
    volatile boolean strategyEnabled = true;
    private int sequence;

    /** Back to the initial state: no orders, running, default strategy. */
    synchronized void reset() {
        orders.clear();
        submitted.clear();
        controlCalls.clear();
        state = "running";
        kernelBusy = false;
        strategyParameters = Map.of("fast", "10", "slow", "30");
        strategyEnabled = true;
        sequence = 0;
    }

    @Override
    public List<InstrumentView> instruments() {
        return List.of(btc, eth);
    }

    @Override
    public Optional<InstrumentView> instrument(String symbol) {
        String name = symbol.toUpperCase(Locale.ROOT);
        if (name.startsWith("SIM:")) {
            name = name.substring(4);
        }
        String key = name;
        return instruments().stream().filter(i -> i.symbol().equals(key)).findFirst();
    }

    @Override
    public List<PriceView> prices() {
        return List.of(
                new PriceView(
                        "sim",
                        "BTC-USDT",
                        new BigDecimal("40000"),
                        new BigDecimal("39999.99"),
                        new BigDecimal("40000.01"),
                        new BigDecimal("39000"),
                        2.564,
                        new BigDecimal("12.5"),
                        NOW),
                new PriceView(
                        "sim",
                        "ETH-USDT",
                        new BigDecimal("2000"),
                        null,
                        null,
                        new BigDecimal("2000"),
                        0.0,
                        new BigDecimal("3"),
                        NOW));
    }

    @Override
    public Optional<PriceView> price(String symbol) {
        return prices().stream()
                .filter(p -> p.symbol().equalsIgnoreCase(symbol))
                .findFirst();
    }

    @Override
    public PortfolioView portfolio() {
        PositionView btcPosition = new PositionView(
                "sim",
                "BTC-USDT",
                "long",
                new BigDecimal("0.5"),
                new BigDecimal("38000"),
                new BigDecimal("40000"),
                new BigDecimal("20000"),
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                "USDT");
        PortfolioView.CurrencyBalance usdt = new PortfolioView.CurrencyBalance(
                "USDT",
                new BigDecimal("100000"),
                new BigDecimal("80000"),
                BigDecimal.ZERO,
                new BigDecimal("1000"),
                new BigDecimal("19"));
        return new PortfolioView(
                "USDT",
                new BigDecimal("100000"),
                new BigDecimal("80000"),
                BigDecimal.ZERO,
                new BigDecimal("1000"),
                new BigDecimal("250.5"),
                new BigDecimal("19"),
                List.of(usdt),
                List.of(btcPosition),
                NOW);
    }

    @Override
    public List<EquityPoint> equityHistory() {
        return List.of(
                new EquityPoint(NOW - 10_000, new BigDecimal("99000"), new BigDecimal("80000")),
                new EquityPoint(NOW, new BigDecimal("100000"), new BigDecimal("80000")));
    }

    @Override
    public List<OrderView> orders(UUID viewer) {
        synchronized (orders) {
            return orders.stream()
                    .filter(o -> o.owner() == null || o.owner().equals(viewer))
                    .sorted((a, b) -> Long.compare(b.createdAt(), a.createdAt()))
                    .toList();
        }
    }

    @Override
    public Optional<OrderView> order(String clientOrderId, UUID viewer) {
        return orders(viewer).stream().filter(o -> o.id().equals(clientOrderId)).findFirst();
    }

    @Override
    public List<TradeView> trades(UUID viewer, int limit) {
        List<TradeView> trades = List.of(
                new TradeView(
                        "t2",
                        "o2",
                        "sim",
                        "ETH-USDT",
                        "sell",
                        new BigDecimal("1"),
                        new BigDecimal("2000"),
                        new BigDecimal("2"),
                        "USDT",
                        "taker",
                        "sma-cross",
                        NOW,
                        null),
                new TradeView(
                        "t1",
                        "o1",
                        "sim",
                        "BTC-USDT",
                        "buy",
                        new BigDecimal("0.5"),
                        new BigDecimal("38000"),
                        new BigDecimal("19"),
                        "USDT",
                        "taker",
                        "manual",
                        NOW - 1000,
                        viewer));
        return trades.subList(0, Math.min(limit, trades.size()));
    }

    @Override
    public List<SignalView> signals(int limit) {
        List<SignalView> signals = List.of(
                new SignalView("sma-cross", "sim", "BTC-USDT", 1.0, NOW),
                new SignalView("sma-cross", "sim", "ETH-USDT", -0.5, NOW - 60_000));
        return signals.subList(0, Math.min(limit, signals.size()));
    }

    @Override
    public List<StrategyView> strategies() {
        return List.of(new StrategyView(
                "sma-cross", "SMA crossover", strategyEnabled, List.of("BTC-USDT"), "1m", strategyParameters, 2));
    }

    @Override
    public ControlsView controls() {
        return new ControlsView(state, NOW, "system");
    }

    @Override
    public TradingStatus status() {
        return new TradingStatus(
                true,
                1234,
                0,
                List.of(new TradingStatus.FeedStatus("synthetic", "sim", true, 1000, 0, 120, false)),
                List.of("sim"));
    }

    @Override
    public synchronized OrderView submit(OrderRequest request, UUID owner) {
        if (kernelBusy) {
            throw new TradingRequestException(Kind.UNAVAILABLE, null, "the kernel is busy");
        }
        if (state.equals("halted")) {
            throw new TradingRequestException(Kind.CONFLICT, null, "trading is halted");
        }
        InstrumentView instrument = instrument(request.symbol())
                .orElseThrow(() -> new TradingRequestException(Kind.INVALID, "symbol", "unknown symbol"));
        if (request.quantity().remainder(instrument.lotSize()).signum() != 0) {
            throw new TradingRequestException(
                    Kind.INVALID,
                    "quantity",
                    "quantity is not a multiple of the lot "
                            + instrument.lotSize().toPlainString());
        }
        String type = request.type().toLowerCase(Locale.ROOT);
        if ((type.equals("limit") || type.equals("stop_limit")) && request.price() == null) {
            throw new TradingRequestException(Kind.INVALID, "price", "a limit order needs a price");
        }
        if (type.equals("market") && request.price() != null) {
            throw new TradingRequestException(Kind.INVALID, "price", "a market order takes no price");
        }
        String id = request.clientOrderId() != null ? request.clientOrderId() : "ord-" + (++sequence);
        if (orders.stream().anyMatch(o -> o.id().equals(id))) {
            throw new TradingRequestException(Kind.CONFLICT, "clientOrderId", "client order id in use");
        }
        if (request.quantity().compareTo(new BigDecimal("1000")) > 0) {
            OrderView rejected = view(request, id, "rejected", "exceeds the max notional", owner);
            orders.add(rejected);
            throw new TradingRequestException(Kind.REJECTED, "quantity", "risk: exceeds the max notional");
        }
        submitted.add(request);
        OrderView accepted = view(request, id, "accepted", null, owner);
        orders.add(accepted);
        return accepted;
    }

    private OrderView view(OrderRequest request, String id, String status, String reason, UUID owner) {
        return new OrderView(
                id,
                status.equals("accepted") ? "v-" + id : null,
                request.venue(),
                request.symbol(),
                request.side().toLowerCase(Locale.ROOT),
                request.type().toLowerCase(Locale.ROOT),
                request.timeInForce() == null ? "gtc" : request.timeInForce(),
                request.quantity(),
                null,
                request.price(),
                request.stopPrice(),
                status,
                BigDecimal.ZERO,
                null,
                "manual",
                reason,
                NOW + orders.size(),
                NOW + orders.size(),
                owner);
    }

    @Override
    public synchronized OrderView cancel(String clientOrderId, UUID owner) {
        OrderView order = order(clientOrderId, owner)
                .orElseThrow(() -> new TradingRequestException(Kind.NOT_FOUND, "id", "no such order"));
        if (!order.isOpen()) {
            throw new TradingRequestException(Kind.CONFLICT, "id", "the order is " + order.status());
        }
        OrderView canceled = new OrderView(
                order.id(),
                order.venueOrderId(),
                order.venue(),
                order.symbol(),
                order.side(),
                order.type(),
                order.timeInForce(),
                order.quantity(),
                null,
                order.price(),
                order.stopPrice(),
                "canceled",
                order.filledQuantity(),
                null,
                order.source(),
                null,
                order.createdAt(),
                order.updatedAt() + 1,
                order.owner());
        orders.replaceAll(o -> o.id().equals(order.id()) ? canceled : o);
        return canceled;
    }

    @Override
    public ControlsView pause(String by) {
        controlCalls.add("pause:" + by);
        state = "paused";
        return new ControlsView(state, NOW, by);
    }

    @Override
    public ControlsView resume(String by) {
        controlCalls.add("resume:" + by);
        state = "running";
        return new ControlsView(state, NOW, by);
    }

    @Override
    public ControlsView halt(String by) {
        controlCalls.add("halt:" + by);
        state = "halted";
        return new ControlsView(state, NOW, by);
    }

    @Override
    public StrategyView updateStrategy(String name, Boolean enabled, Map<String, String> parameters) {
        if (parameters != null) {
            for (String key : parameters.keySet()) {
                if (!strategyParameters.containsKey(key)) {
                    throw new TradingRequestException(Kind.INVALID, "parameters." + key, "unknown parameter " + key);
                }
            }
            Map<String, String> merged = new java.util.TreeMap<>(strategyParameters);
            merged.putAll(parameters);
            strategyParameters = Map.copyOf(merged);
        }
        if (enabled != null) {
            strategyEnabled = enabled;
        }
        return strategies().get(0);
    }

    /** Places a strategy order everyone sees, for listing tests. */
    void addStrategyOrder(String id, String status) {
        orders.add(new OrderView(
                id,
                "v-" + id,
                "sim",
                "BTC-USDT",
                "buy",
                "market",
                "gtc",
                new BigDecimal("0.1"),
                null,
                null,
                null,
                status,
                BigDecimal.ZERO,
                null,
                "sma-cross",
                null,
                NOW - 5000,
                NOW - 5000,
                STRATEGY_OWNER));
    }
}
