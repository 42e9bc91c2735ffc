package io.alphapulse.infra.store.strategies;

import java.time.Instant;
import java.util.Objects;

/**
 * A strategy's share in the ensemble, as the allocator last set it.
 *
 * @param strategy the strategy's name, e.g. {@code sma-cross}
 * @param weight a finite, non-negative weight (a statistic, so a double)
 * @param updatedAt when it was set
 */
public record StrategyWeight(String strategy, double weight, Instant updatedAt) {

    public StrategyWeight {
        if (strategy == null || strategy.isBlank()) {
            throw new IllegalArgumentException("strategy name must not be blank: '" + strategy + "'");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("weight of " + strategy + " must be finite and >= 0: " + weight);
        }
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
