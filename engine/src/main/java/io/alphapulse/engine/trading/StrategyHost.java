package io.alphapulse.engine.trading;

import io.alphapulse.engine.clock.Clock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.SentimentScore;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.kernel.Topic;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.portfolio.AccountView;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.risk.RiskContext;
import io.alphapulse.engine.risk.RiskDecision;
import io.alphapulse.engine.risk.RiskEngine;
import io.alphapulse.engine.risk.TradingState;
import io.alphapulse.engine.strategy.Strategy;
import io.alphapulse.engine.strategy.StrategyContext;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs one {@link Strategy} on the kernel for one instrument: feeds it the instrument's data, publishes
 * its signals, and turns signals into orders with the reference sizing of ARCHITECTURE.md §5:
 *
 * <ul>
 *   <li>a positive signal while flat buys with all available quote cash, as a quote-quantity market
 *       order, so the base quantity is decided at fill time: {@code floor_to_lot(cash / (fill price ×
 *       (1 + fee)))};
 *   <li>a negative signal while long sells the whole position at market;
 *   <li>long only: a negative signal while flat does nothing; so does any signal while one of the
 *       strategy's orders is still working.
 * </ul>
 *
 * Every order passes the {@link RiskEngine} first; a denied order is published as {@link
 * OrderRejected} with the policy's reason and never reaches the venue. Register it after the venue and
 * the portfolio, so it sees each bar with the fills at that bar's open already booked.
 */
public final class StrategyHost implements Component, StrategyContext {

    private final String strategyId;
    private final Strategy strategy;
    private final Instrument instrument;
    private final AccountView account;
    private final RiskEngine risk;
    private final Supplier<TradingState> tradingState;
    private final OrderTracker orders = new OrderTracker();
    private final String orderIdPrefix;
    private Clock clock;
    private MessageBus bus;
    private Topic<OrderCommand> commands;
    private Topic<OrderEvent> events;
    private Topic<Signal> signals;
    // The last price as raw fixed-point: stored on every bar, so no Price object is kept per bar.
    private long lastPriceRaw;
    private int lastPriceScale = -1;
    private long nextOrderNumber = 1;
    private long signalCount;

    public StrategyHost(
            String strategyId,
            Strategy strategy,
            Instrument instrument,
            AccountView account,
            RiskEngine risk,
            Supplier<TradingState> tradingState) {
        this(strategyId, strategy, instrument, account, risk, tradingState, null);
    }

    /**
     * @param orderIdPrefix what this host's client order ids start with ({@code <prefix>-1}, ...): 1 to 24
     *     of {@code [A-Za-z0-9_-]}, unique among the hosts and runs that share a store; {@code null}
     *     derives it from the strategy id
     */
    public StrategyHost(
            String strategyId,
            Strategy strategy,
            Instrument instrument,
            AccountView account,
            RiskEngine risk,
            Supplier<TradingState> tradingState,
            String orderIdPrefix) {
        if (orderIdPrefix != null && !orderIdPrefix.matches("[A-Za-z0-9_-]{1,24}")) {
            throw new IllegalArgumentException(
                    "order id prefix must be 1 to 24 of [A-Za-z0-9_-], was '" + orderIdPrefix + "'");
        }
        this.strategyId = Objects.requireNonNull(strategyId, "strategyId");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.account = Objects.requireNonNull(account, "account");
        this.risk = Objects.requireNonNull(risk, "risk");
        this.tradingState = Objects.requireNonNull(tradingState, "tradingState");
        // Client order ids allow [A-Za-z0-9_-] and 36 characters; leave room for the counter.
        this.orderIdPrefix = orderIdPrefix != null
                ? orderIdPrefix
                : strategyId.length() <= 24 ? strategyId.replaceAll("[^A-Za-z0-9_-]", "_") : "O";
    }

    @Override
    public String name() {
        return "strategy:" + strategyId;
    }

    @Override
    public void onStart(Kernel kernel) {
        clock = kernel.clock();
        bus = kernel.bus();
        commands = bus.topic(OrderTopics.COMMANDS, OrderCommand.class);
        events = bus.topic(OrderTopics.EVENTS, OrderEvent.class);
        signals = bus.topic(Signal.TOPIC, Signal.class);
        bus.subscribe(events, orders::apply);
        bus.subscribe(Bar.class, this::onBar);
        bus.subscribe(TradeTick.class, this::onTrade);
        bus.subscribe(QuoteTick.class, this::onQuote);
        bus.subscribe(SentimentScore.class, this::onSentiment);
        strategy.onStart(this);
    }

    private void onBar(Bar bar) {
        if (isMine(bar.instrumentId())) {
            lastPriceRaw = bar.closeRaw();
            lastPriceScale = bar.priceScale();
            act(strategy.onBar(bar), bar.timestampNanos());
        }
    }

    private boolean isMine(io.alphapulse.engine.model.InstrumentId instrumentId) {
        return instrumentId == instrument.id() || instrumentId.equals(instrument.id());
    }

    private void onTrade(TradeTick trade) {
        if (trade.instrumentId().equals(instrument.id())) {
            lastPriceRaw = trade.price().raw();
            lastPriceScale = trade.price().scale();
            act(strategy.onTrade(trade), trade.timestampNanos());
        }
    }

    private void onQuote(QuoteTick quote) {
        if (quote.instrumentId().equals(instrument.id())) {
            act(strategy.onQuote(quote), quote.timestampNanos());
        }
    }

    private void onSentiment(SentimentScore sentiment) {
        if (sentiment.instrumentId().equals(instrument.id())) {
            act(strategy.onSentiment(sentiment), sentiment.timestampNanos());
        }
    }

    private void act(double strength, long timestampNanos) {
        if (strength == 0 || Double.isNaN(strength)) {
            return;
        }
        double clamped = Math.max(-1, Math.min(1, strength));
        signalCount++;
        bus.publish(signals, new Signal(strategyId, instrument.id(), clamped, timestampNanos));
        if (orders.hasWorkingOrder()) {
            return;
        }
        PositionSide side = account.positionSide(instrument.id());
        if (clamped > 0 && side == PositionSide.FLAT) {
            Money cash = account.cash(instrument.quoteCurrency());
            if (cash.isPositive()) {
                submit(SubmitOrder.marketQuote(
                        nextClientOrderId(), instrument.id(), OrderSide.BUY, cash, strategyId, clock.timestampNanos()));
            }
        } else if (clamped < 0 && side == PositionSide.LONG) {
            submit(SubmitOrder.market(
                    nextClientOrderId(),
                    instrument.id(),
                    OrderSide.SELL,
                    account.positionSize(instrument.id()),
                    strategyId,
                    clock.timestampNanos()));
        }
    }

    @Override
    public void submit(SubmitOrder order) {
        Price reference = lastPriceScale < 0 ? null : new Price(lastPriceRaw, lastPriceScale);
        RiskContext context = new RiskContext(instrument, account, reference, tradingState.get());
        switch (risk.check(order, context)) {
            case RiskDecision.Allowed allowed -> {
                orders.track(allowed.order());
                bus.publish(commands, allowed.order());
            }
            case RiskDecision.Denied denied -> {
                orders.track(order);
                bus.publish(
                        events,
                        new OrderRejected(
                                order.clientOrderId(),
                                order.instrumentId(),
                                denied.policy() + ": " + denied.reason(),
                                clock.timestampNanos()));
            }
        }
    }

    @Override
    public String strategyId() {
        return strategyId;
    }

    @Override
    public Instrument instrument() {
        return instrument;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public PositionSide position() {
        return account.positionSide(instrument.id());
    }

    @Override
    public boolean hasWorkingOrder() {
        return orders.hasWorkingOrder();
    }

    @Override
    public ClientOrderId nextClientOrderId() {
        return new ClientOrderId(orderIdPrefix + "-" + nextOrderNumber++);
    }

    /** Signals published so far. */
    public long signalCount() {
        return signalCount;
    }

    /** The orders this strategy sent, oldest first: every working one and the newest finished ones. */
    public java.util.List<io.alphapulse.engine.orders.Order> orders() {
        return orders.orders();
    }
}
