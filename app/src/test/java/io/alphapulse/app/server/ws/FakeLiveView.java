package io.alphapulse.app.server.ws;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A live view holding what the test puts in it: prices and a portfolio; the rest is empty. */
final class FakeLiveView implements LiveView {

    final List<PriceView> prices = new CopyOnWriteArrayList<>();
    volatile PortfolioView portfolio = new PortfolioView(
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

    static PriceView price(String symbol, String last, long ts) {
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
        return List.of();
    }

    @Override
    public Optional<OrderView> order(String clientOrderId, UUID viewer) {
        return Optional.empty();
    }

    @Override
    public List<TradeView> trades(UUID viewer, int limit) {
        return List.of();
    }

    @Override
    public List<SignalView> signals(int limit) {
        return List.of();
    }

    @Override
    public List<StrategyView> strategies() {
        return List.of();
    }

    @Override
    public ControlsView controls() {
        return new ControlsView("running", 0, "system");
    }

    @Override
    public TradingStatus status() {
        return new TradingStatus(true, 0, 0, List.of(), List.of("sim"));
    }
}
