package io.alphapulse.engine.strategy;

import java.util.List;
import java.util.Map;

/** Describes a strategy and builds instances of it from validated parameters. */
public interface StrategyFactory {

    /** The name users select the strategy by, e.g. {@code sma-cross}. */
    String name();

    /** One line for help texts and the API. */
    String description();

    /** The parameters it takes, with defaults and ranges. */
    List<ParameterSpec> parameters();

    /**
     * The parameters it takes given the values asked for; differs from {@link #parameters()} only for
     * strategies whose parameters depend on other parameters (an ensemble takes its members' ones).
     */
    default List<ParameterSpec> parameters(Map<String, String> given) {
        return parameters();
    }

    /**
     * A new, independent instance (its own indicators and state).
     *
     * @throws InvalidParameterException if the combination of values is not allowed
     */
    Strategy create(StrategyParameters parameters);
}
