package io.alphapulse.engine.execution;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Quantity;

/**
 * How much the {@link SimulatedVenue} may fill on one bar, across all orders of the instrument: the
 * orders are matched oldest first and share the capacity. An order that gets less than its leaves
 * quantity is partially filled; good-till-canceled remainders rest for the next bar.
 *
 * <p>Use {@link NoFillLimit} when orders are small against the market (the default: every reachable
 * order fills completely). Use {@link VolumeParticipation} when they are not, so a backtest cannot
 * trade more than a fair share of what the market traded.
 */
public interface FillLimit {

    /** The base quantity the venue may fill on {@code bar} in total, a multiple of the instrument's lot. */
    Quantity capacity(Bar bar, Instrument instrument);
}
