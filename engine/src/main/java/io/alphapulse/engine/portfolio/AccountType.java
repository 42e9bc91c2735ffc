package io.alphapulse.engine.portfolio;

/**
 * What a {@link Portfolio} lets fills do to the account. Pick {@link #SPOT} unless the venue really
 * lends: it is the backtest default (ARCHITECTURE.md §5, long only) and catches a venue simulation
 * that fills more than the account can pay for.
 */
public enum AccountType {

    /**
     * A cash account: positions are long or flat and no balance goes below zero. A fill that would
     * sell more than is held, or leave any cash balance negative (the quote currency after the
     * notional and the commission, or the currency the commission is charged in), is refused. The
     * bought asset is the position, not a cash balance, so a commission charged in the base currency
     * is paid from that currency's cash and needs it to be there.
     */
    SPOT,

    /**
     * A margin account: positions may be short and cash may go below zero (borrowed). No margin
     * requirement is checked here; limiting leverage is the risk engine's policy, not accounting.
     */
    MARGIN
}
