package io.alphapulse.app.server.web;

import io.alphapulse.app.server.live.ControlsView;
import io.alphapulse.app.server.live.EquityPoint;
import io.alphapulse.app.server.live.InstrumentView;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.PriceView;
import io.alphapulse.app.server.live.SignalView;
import io.alphapulse.app.server.live.StrategyView;
import io.alphapulse.app.server.live.TradeView;
import io.alphapulse.app.server.live.TradingStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link LiveView} holding whatever a test puts in it. Orders and trades follow the real visibility
 * rule: a caller sees the strategies' ones and its own.
 */
final class FakeLiveView implements LiveView {

    final List<PriceView> prices = new ArrayList<>();
    final List<OrderView> orders = new ArrayList<>();
    final List<TradeView> trades = new ArrayList<>();
    final List<SignalView> signals = new ArrayList<>();
    PortfolioView portfolio = new PortfolioView(
            "USDT",
            new BigDecimal("100000"),
            new BigDecimal("100000"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            List.of(),
            List.of(),
            0L);
    int lastTradesLimit = -1;
    int lastSignalsLimit = -1;

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
        return prices.stream().filter(p -> p.symbol().equals(symbol)).findFirst();
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
                .filter(o -> o.owner() == null || o.owner().equals(viewer))
                .toList();
    }

    @Override
    public Optional<OrderView> order(String clientOrderId, UUID viewer) {
        return orders(viewer).stream().filter(o -> o.id().equals(clientOrderId)).findFirst();
    }

    @Override
    public List<TradeView> trades(UUID viewer, int limit) {
        lastTradesLimit = limit;
        return trades.stream()
                .filter(t -> t.owner() == null || t.owner().equals(viewer))
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
