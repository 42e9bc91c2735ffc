package io.alphapulse.app.server.live;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link LiveView} holding whatever a test puts in it: prices, orders, trades, signals and a portfolio
 * (100,000 USDT, no positions, until replaced); no instruments or strategies, trading running. Orders
 * and trades follow the real visibility rule: a caller sees the strategies' ones and its own. Safe to
 * fill from the test thread while a server thread reads.
 */
public final class FakeLiveView implements LiveView {

    public final List<PriceView> prices = new CopyOnWriteArrayList<>();
    public final List<OrderView> orders = new CopyOnWriteArrayList<>();
    public final List<TradeView> trades = new CopyOnWriteArrayList<>();
    public final List<SignalView> signals = new CopyOnWriteArrayList<>();
    public volatile PortfolioView portfolio = new PortfolioView(
            "USDT",
            new BigDecimal("100000"),
            new BigDecimal("100000"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            List.of(),
            List.of(),
            1_700_000_000_000L);
    /** The limit of the last {@link #trades} call, -1 before any. */
    public volatile int lastTradesLimit = -1;
    /** The limit of the last {@link #signals} call, -1 before any. */
    public volatile int lastSignalsLimit = -1;

    /** A price on {@code sim} whose bid, ask, last and open are all {@code last}. */
    public static PriceView price(String symbol, String last, long ts) {
        BigDecimal price = new BigDecimal(last);
        return new PriceView("sim", symbol, price, price, price, price, 0.0, BigDecimal.ONE, ts);
    }

    @Override
    public List<InstrumentView> instruments() {
        return List.of();
    }

    @Override
    public Optional<InstrumentView> instrument(String symbol) {
        return Optional.empty();
    }

    @Override
    public List<PriceView> prices() {
        return List.copyOf(prices);
    }

    @Override
    public Optional<PriceView> price(String symbol) {
        return prices.stream().filter(price -> price.symbol().equals(symbol)).findFirst();
    }

    @Override
    public PortfolioView portfolio() {
        return portfolio;
    }

    @Override
    public List<EquityPoint> equityHistory() {
        return List.of();
    }

    @Override
    public List<OrderView> orders(UUID viewer) {
        return orders.stream()
                .filter(order -> order.owner() == null || order.owner().equals(viewer))
                .toList();
    }

    @Override
    public Optional<OrderView> order(String clientOrderId, UUID viewer) {
        return orders(viewer).stream()
                .filter(order -> order.id().equals(clientOrderId))
                .findFirst();
    }

    @Override
    public List<TradeView> trades(UUID viewer, int limit) {
        lastTradesLimit = limit;
        return trades.stream()
                .filter(trade -> trade.owner() == null || trade.owner().equals(viewer))
                .limit(limit)
                .toList();
    }

    @Override
    public List<SignalView> signals(int limit) {
        lastSignalsLimit = limit;
        return signals.stream().limit(limit).toList();
    }

    @Override
    public List<StrategyView> strategies() {
        return List.of();
    }

    @Override
    public ControlsView controls() {
        return new ControlsView("running", 0L, "system");
    }

    @Override
    public TradingStatus status() {
        return new TradingStatus(true, 0L, 0, List.of(), List.of("sim"));
    }
}
