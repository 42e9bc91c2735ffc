package io.alphapulse.engine.execution;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;

/**
 * How much worse than the market a taker fill of the {@link SimulatedVenue} gets: market orders at
 * the bar's open, stop-market orders at the open or the trigger. Limit fills never slip; their limit
 * is the guarantee they bought.
 *
 * <p>Use {@link FixedBpsSlippage} for a constant cost of crossing the spread and of impact (the
 * backtest's {@code --slippage-bps}; zero for none).
 */
public interface SlippageModel {

    /**
     * The price a taker fill on {@code side} gets when the market is at {@code marketPrice}: never
     * better for the trader, on the instrument's tick unless it is the market price itself.
     */
    Price fillPrice(Price marketPrice, OrderSide side, Instrument instrument);
}
