package io.alphapulse.app.server.live;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the API, the WebSocket and the dashboard read of live trading: immutable snapshots published by
 * the kernel thread, safe to read from any thread. Nothing here reaches into the engine's mutable state.
 */
public interface LiveView {

    /** The instruments of the connected venues, in listing order. */
    List<InstrumentView> instruments();

    /** The instrument named {@code symbol} ({@code BTC-USDT} or {@code sim:BTC-USDT}), in any case. */
    Optional<InstrumentView> instrument(String symbol);

    /** The latest price of every instrument that has traded since start, in listing order. */
    List<PriceView> prices();

    Optional<PriceView> price(String symbol);

    /** The paper account now. */
    PortfolioView portfolio();

    /** Equity points, oldest first: one per {@code alphapulse.trading.snapshot-interval} (and on each fill). */
    List<EquityPoint> equityHistory();

    /**
     * The orders {@code viewer} may see, newest first: the strategies' orders and its own manual orders,
     * never another user's.
     */
    List<OrderView> orders(UUID viewer);

    /** One order by client order id, if {@code viewer} may see it. */
    Optional<OrderView> order(String clientOrderId, UUID viewer);

    /** The most recent fills {@code viewer} may see, newest first, at most {@code limit}. */
    List<TradeView> trades(UUID viewer, int limit);

    /** The most recent strategy signals, newest first, at most {@code limit}. */
    List<SignalView> signals(int limit);

    List<StrategyView> strategies();

    ControlsView controls();

    /** Health of the kernel and the feeds, for {@code /api/system/status}. */
    TradingStatus status();
}
