package io.alphapulse.engine.orders;

/** Whether a fill added liquidity (resting order, usually the lower fee) or took it. */
public enum LiquiditySide {
    MAKER,
    TAKER
}
