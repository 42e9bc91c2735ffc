package io.alphapulse.engine.strategy;

import io.alphapulse.engine.clock.Clock;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.portfolio.PositionSide;

/** What a running strategy may see and do, the same in a backtest and live. */
public interface StrategyContext {

    /** The strategy's name as the platform knows it (its orders carry it). */
    String strategyId();

    /** The instrument the strategy trades. */
    Instrument instrument();

    /** The time, and timers. */
    Clock clock();

    /** The current position in the strategy's instrument. */
    PositionSide position();

    /** Whether an order of this strategy is working (submitted and not yet done). */
    boolean hasWorkingOrder();

    /** A new client order id, unique within this run. */
    ClientOrderId nextClientOrderId();

    /**
     * Sends an order intent through pre-trade risk to the venue. Denied orders come back as {@code
     * OrderRejected} events with the policy's reason.
     */
    void submit(SubmitOrder order);
}
