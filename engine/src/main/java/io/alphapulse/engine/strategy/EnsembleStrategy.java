package io.alphapulse.engine.strategy;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.SentimentScore;
import io.alphapulse.engine.data.TradeTick;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * {@code ensemble}: a weighted vote of member strategies. On every input each member gives its
 * signal; the ensemble's score is {@code Σ wᵢ·sᵢ / Σ wᵢ}, and it signals that score when {@code |score|
 * ≥ threshold}, 0 otherwise. With the defaults (sma-cross and rsi-reversion, equal weights, threshold
 * 0.3) one member's full-strength signal (score 0.5) is enough, and two opposing ones cancel out.
 *
 * <p>Weights are what the learning allocator re-tunes from realised P&amp;L later; members keep their
 * own indicators and state.
 */
public final class EnsembleStrategy implements Strategy {

    private final List<Strategy> members;
    private final double[] weights;
    private final double weightSum;
    private final double threshold;

    /**
     * @param members the voting strategies
     * @param weights one non-negative weight per member, not all zero
     * @param threshold the smallest |score| that produces a signal, in (0, 1]
     */
    public EnsembleStrategy(List<Strategy> members, double[] weights, double threshold) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        if (weights.length != members.size()) {
            throw new IllegalArgumentException(members.size() + " members but " + weights.length + " weights");
        }
        double sum = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + weight);
            }
            sum += weight;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.members = List.copyOf(members);
        this.weights = weights.clone();
        this.weightSum = sum;
        this.threshold = threshold;
    }

    @Override
    public void onStart(StrategyContext context) {
        for (Strategy member : members) {
            member.onStart(context);
        }
    }

    @Override
    public double onBar(Bar bar) {
        return vote(member -> member.onBar(bar));
    }

    @Override
    public double onTrade(TradeTick trade) {
        return vote(member -> member.onTrade(trade));
    }

    @Override
    public double onQuote(QuoteTick quote) {
        return vote(member -> member.onQuote(quote));
    }

    @Override
    public double onSentiment(SentimentScore sentiment) {
        return vote(member -> member.onSentiment(sentiment));
    }

    private double vote(ToDoubleFunction<Strategy> signal) {
        double score = 0;
        // Every member sees every input, even when its weight is zero, so its state stays current.
        for (int i = 0; i < weights.length; i++) {
            score += weights[i] * clamp(signal.applyAsDouble(members.get(i)));
        }
        score /= weightSum;
        return Math.abs(score) >= threshold ? score : 0;
    }

    private static double clamp(double signal) {
        return Double.isNaN(signal) ? 0 : Math.max(-1, Math.min(1, signal));
    }
}
