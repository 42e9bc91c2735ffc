package io.alphapulse.app.server.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /api/portfolio/rebalance}: target weights of current equity per symbol, each in [0, 1],
 * summing to at most 1; {@code dryRun} (default {@code true}) only plans the orders.
 */
public record RebalanceRequest(
        @NotEmpty(message = "must name at least one symbol") @Size(max = 50, message = "may name at most 50 symbols")
        Map<String, BigDecimal> targets,

        Boolean dryRun) {

    boolean isDryRun() {
        return dryRun == null || dryRun;
    }
}
