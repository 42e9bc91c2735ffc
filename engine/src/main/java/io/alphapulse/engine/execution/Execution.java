package io.alphapulse.engine.execution;

import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.orders.LiquiditySide;

/**
 * Where and how a bar reaches a working order: the price a fill gets and whether it adds or takes
 * liquidity. How much fills is decided afterwards (leaves, fill limit, cash).
 */
record Execution(Price price, LiquiditySide liquiditySide) {}
