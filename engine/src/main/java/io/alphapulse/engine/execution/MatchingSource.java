package io.alphapulse.engine.execution;

/** What the {@link SimulatedVenue} matches working orders against. */
public enum MatchingSource {
    /** Bars: backtests on recorded bars. An order is first matched on the bar after its acceptance. */
    BARS,
    /**
     * Trades: paper trading on a live feed. Each trade matches as a one-price bar, so an order fills at
     * the first trade after its acceptance that reaches it; aggregated bars are ignored.
     */
    TRADES
}
