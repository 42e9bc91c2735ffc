package io.alphapulse.engine.strategy;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.SentimentScore;
import io.alphapulse.engine.data.TradeTick;

/**
 * A trading strategy. It receives market data and sentiment through the kernel, reads its indicators
 * and answers each input with a <em>signal</em>: a strength in [−1, 1], where +1 means "be long",
 * −1 "get out (or short, if allowed)", and 0 "no opinion". A strategy never knows whether it runs in a
 * backtest or live: it sees only its inputs and its {@link StrategyContext}.
 *
 * <p>Signals are turned into orders by the {@link SignalExecutor} (position-aware, sized as
 * ARCHITECTURE.md §5 says); a strategy that wants precise control submits order intents itself
 * through {@link StrategyContext#submit}.
 *
 * <p>Called on the kernel thread; implementations must not block and need not be thread-safe.
 */
public interface Strategy {

    /** Called once before any data, with the context the strategy will run in. */
    default void onStart(StrategyContext context) {}

    /** Called at each bar's close; returns the signal strength, 0 for none. */
    double onBar(Bar bar);

    /** Called on each trade; returns the signal strength, 0 for none. */
    default double onTrade(TradeTick trade) {
        return 0;
    }

    /** Called on each top-of-book quote; returns the signal strength, 0 for none. */
    default double onQuote(QuoteTick quote) {
        return 0;
    }

    /** Called on each sentiment score for the strategy's instrument; returns the signal strength. */
    default double onSentiment(SentimentScore sentiment) {
        return 0;
    }
}
