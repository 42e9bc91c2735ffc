package io.alphapulse.infra.store.strategies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One change the learning allocator made to a strategy's weight, and why.
 *
 * @param strategy the strategy's name
 * @param oldWeight the weight before
 * @param newWeight the weight after, finite and non-negative
 * @param reason why, for people reading the history
 * @param realizedPnl the realized profit and loss the change was based on (exact)
 * @param adjustedAt when
 */
public record LearningAdjustment(
        String strategy,
        double oldWeight,
        double newWeight,
        String reason,
        BigDecimal realizedPnl,
        Instant adjustedAt) {

    public LearningAdjustment {
        if (strategy == null || strategy.isBlank()) {
            throw new IllegalArgumentException("strategy name must not be blank: '" + strategy + "'");
        }
        if (!Double.isFinite(oldWeight)) {
            throw new IllegalArgumentException("old weight of " + strategy + " must be finite: " + oldWeight);
        }
        if (!Double.isFinite(newWeight) || newWeight < 0) {
            throw new IllegalArgumentException("new weight of " + strategy + " must be finite and >= 0: " + newWeight);
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(adjustedAt, "adjustedAt");
    }
}
