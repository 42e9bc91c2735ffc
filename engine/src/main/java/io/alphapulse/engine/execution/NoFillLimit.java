package io.alphapulse.engine.execution;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Quantity;

/**
 * No cap: every order the bar reaches fills completely, whatever the bar's volume. The reference
 * backtest semantics (ARCHITECTURE.md §5), right when orders are small against the market.
 */
public final class NoFillLimit implements FillLimit {

    /** The largest quantity a long holds: more than any order can ask for. */
    @Override
    public Quantity capacity(Bar bar, Instrument instrument) {
        return new Quantity(Long.MAX_VALUE, instrument.sizeScale());
    }

    @Override
    public String toString() {
        return "NoFillLimit";
    }
}
