package io.alphapulse.engine.strategy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A strategy's effective parameters: every declared parameter with its given or default value, each
 * validated against its {@link ParameterSpec}. Built by {@link StrategyCatalog}.
 */
public final class StrategyParameters {

    private final String strategy;
    private final SortedMap<String, String> values;
    private final Map<String, ParameterSpec> specs;

    private StrategyParameters(String strategy, SortedMap<String, String> values, Map<String, ParameterSpec> specs) {
        this.strategy = strategy;
        this.values = Collections.unmodifiableSortedMap(values);
        this.specs = specs;
    }

    /**
     * Validates {@code given} against {@code specs}, filling in defaults.
     *
     * @throws InvalidParameterException for an unknown name or a bad value
     */
    static StrategyParameters resolve(String strategy, List<ParameterSpec> specs, Map<String, String> given) {
        Map<String, ParameterSpec> byName = new TreeMap<>();
        for (ParameterSpec spec : specs) {
            byName.put(spec.name(), spec);
        }
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                throw new InvalidParameterException(strategy + " has no parameter '" + name + "'; it takes: "
                        + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
            }
        }
        SortedMap<String, String> values = new TreeMap<>();
        for (ParameterSpec spec : specs) {
            String text = given.getOrDefault(spec.name(), spec.defaultValue());
            values.put(spec.name(), spec.validate(strategy, text));
        }
        return new StrategyParameters(strategy, values, byName);
    }

    /** The strategy these parameters belong to. */
    public String strategy() {
        return strategy;
    }

    public int integer(String name) {
        return Integer.parseInt(require(name, ParameterSpec.Kind.INTEGER));
    }

    public double decimal(String name) {
        return Double.parseDouble(require(name, ParameterSpec.Kind.DECIMAL));
    }

    public String text(String name) {
        return require(name, ParameterSpec.Kind.TEXT);
    }

    /** Every value, by name, in canonical text form. */
    public SortedMap<String, String> values() {
        return values;
    }

    /** The declared kind of a parameter, for rendering values (numbers stay numbers in JSON). */
    public ParameterSpec.Kind kind(String name) {
        ParameterSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException(strategy + " has no parameter '" + name + "'");
        }
        return spec.kind();
    }

    /** A failure about the combination of values (e.g. {@code fast} not below {@code slow}). */
    public InvalidParameterException invalid(String problem) {
        return new InvalidParameterException(strategy + " parameters " + values + ": " + problem);
    }

    private String require(String name, ParameterSpec.Kind kind) {
        if (kind(name) != kind) {
            throw new IllegalArgumentException(
                    strategy + " parameter '" + name + "' is " + kind(name) + ", not " + kind);
        }
        return values.get(name);
    }

    @Override
    public String toString() {
        return strategy + values;
    }
}
