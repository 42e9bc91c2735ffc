package io.alphapulse.engine.risk;

/** Whether the account may trade: set by people (the API's controls) or by an account-wide risk manager. */
public enum TradingState {
    /** Normal trading. */
    ACTIVE,
    /** Only orders that make an existing position smaller: winding down without opening new risk. */
    REDUCING,
    /** No new orders at all (the kill switch). Orders already working are not touched by this state. */
    HALTED
}
