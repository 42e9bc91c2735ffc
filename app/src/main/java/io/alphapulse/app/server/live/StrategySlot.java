package io.alphapulse.app.server.live;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.SentimentScore;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.strategy.Strategy;
import io.alphapulse.engine.strategy.StrategyContext;
import java.util.ArrayDeque;
import java.util.function.BooleanSupplier;

/**
 * The strategy a live {@code StrategyHost} runs, made switchable: it can be disabled or paused (its
 * indicators keep updating, its signals are withheld) and its strategy replaced by one with new
 * parameters, warmed on the bars this slot has seen so it does not start cold. Kernel thread only.
 */
final class StrategySlot implements Strategy {

    /** Bars kept to warm a replacement: enough for the longest indicator periods the catalog allows. */
    static final int WARM_UP_BARS = 1_000;

    private final ArrayDeque<Bar> recent = new ArrayDeque<>(WARM_UP_BARS);
    private final BooleanSupplier paused;
    private Strategy strategy;
    private StrategyContext context;
    private boolean enabled = true;

    StrategySlot(Strategy strategy, BooleanSupplier paused) {
        this.strategy = strategy;
        this.paused = paused;
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        strategy.onStart(context);
    }

    /** Feeds history to the strategy without acting on its signals. */
    void warm(Iterable<Bar> bars) {
        for (Bar bar : bars) {
            remember(bar);
            strategy.onBar(bar);
        }
    }

    /** Replaces the strategy with {@code replacement}, warmed on the recent bars. */
    void replace(Strategy replacement) {
        if (context != null) {
            replacement.onStart(context);
        }
        for (Bar bar : recent) {
            replacement.onBar(bar);
        }
        strategy = replacement;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public double onBar(Bar bar) {
        remember(bar);
        return gate(strategy.onBar(bar));
    }

    @Override
    public double onTrade(TradeTick trade) {
        return gate(strategy.onTrade(trade));
    }

    @Override
    public double onQuote(QuoteTick quote) {
        return gate(strategy.onQuote(quote));
    }

    @Override
    public double onSentiment(SentimentScore sentiment) {
        return gate(strategy.onSentiment(sentiment));
    }

    private double gate(double strength) {
        return enabled && !paused.getAsBoolean() ? strength : 0;
    }

    private void remember(Bar bar) {
        if (recent.size() == WARM_UP_BARS) {
            recent.removeFirst();
        }
        recent.addLast(bar);
    }
}
