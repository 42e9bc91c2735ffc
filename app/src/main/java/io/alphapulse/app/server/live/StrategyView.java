package io.alphapulse.app.server.live;

import java.util.List;
import java.util.Map;

/**
 * A running strategy: one catalog strategy with one parameter set, trading each of {@code symbols}.
 *
 * @param parameters every parameter with its value in effect (defaults included)
 * @param signals signals published since start
 */
public record StrategyView(
        String name,
        String description,
        boolean enabled,
        List<String> symbols,
        String timeframe,
        Map<String, String> parameters,
        long signals) {}
