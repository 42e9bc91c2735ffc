package io.alphapulse.engine.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategies the platform can run, by name, and the one place where a name and raw parameter
 * values become a validated, running strategy. Unknown names and bad values are refused with a
 * message naming them and what is available.
 */
public final class StrategyCatalog {

    private final Map<String, StrategyFactory> factories;

    private StrategyCatalog(List<StrategyFactory> factories) {
        Map<String, StrategyFactory> byName = new LinkedHashMap<>();
        for (StrategyFactory factory : factories) {
            if (byName.put(factory.name(), factory) != null) {
                throw new IllegalArgumentException("two strategies named " + factory.name());
            }
        }
        this.factories = Collections.unmodifiableMap(byName);
    }

    /** The built-in strategies: {@code sma-cross}, {@code rsi-reversion} and {@code ensemble}. */
    public static StrategyCatalog builtIn() {
        List<StrategyFactory> singles = List.of(SmaCrossStrategy.FACTORY, RsiReversionStrategy.FACTORY);
        List<StrategyFactory> all = new ArrayList<>(singles);
        all.add(new EnsembleFactory(singles));
        return new StrategyCatalog(all);
    }

    /** Strategy names, in catalog order. */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /**
     * The factory named {@code name}.
     *
     * @throws InvalidParameterException naming the available strategies if there is none
     */
    public StrategyFactory factory(String name) {
        StrategyFactory factory = factories.get(name);
        if (factory == null) {
            throw new InvalidParameterException(
                    "unknown strategy '" + name + "'; available: " + String.join(", ", factories.keySet()));
        }
        return factory;
    }

    /**
     * Validates {@code given} for strategy {@code name}, filling in defaults.
     *
     * @throws InvalidParameterException for an unknown strategy or parameter, or a bad value
     */
    public StrategyParameters parameters(String name, Map<String, String> given) {
        StrategyFactory factory = factory(name);
        return StrategyParameters.resolve(name, factory.parameters(given), given);
    }

    /** A new strategy instance from validated parameters. */
    public Strategy create(StrategyParameters parameters) {
        return factory(parameters.strategy()).create(parameters);
    }

    /** Validates and creates in one step. */
    public Strategy create(String name, Map<String, String> given) {
        return create(parameters(name, given));
    }
}
