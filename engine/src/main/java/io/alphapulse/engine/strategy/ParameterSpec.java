package io.alphapulse.engine.strategy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named parameter of a strategy: its kind, default and allowed range. Values arrive as text (a
 * command-line {@code --param fast=12}, a JSON body) and are checked here, so that a bad value is
 * refused with a message naming the strategy, the parameter and the value.
 *
 * @param name the parameter's name, e.g. {@code fast}
 * @param kind integer, decimal or text
 * @param defaultValue the value used when none is given, in canonical form
 * @param minimum the smallest allowed value (numbers only; null for none)
 * @param maximum the largest allowed value (numbers only; null for none)
 * @param description one line for help texts
 */
public record ParameterSpec(
        String name, Kind kind, String defaultValue, BigDecimal minimum, BigDecimal maximum, String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9.-]*");

    /** What kind of value a parameter takes. */
    public enum Kind {
        INTEGER,
        DECIMAL,
        TEXT
    }

    public ParameterSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name must match " + NAME + ", was " + name);
        }
    }

    /** An integer parameter in [minimum, maximum]. */
    public static ParameterSpec integer(String name, int defaultValue, int minimum, int maximum, String description) {
        return new ParameterSpec(
                name,
                Kind.INTEGER,
                Integer.toString(defaultValue),
                BigDecimal.valueOf(minimum),
                BigDecimal.valueOf(maximum),
                description);
    }

    /** A decimal parameter in [minimum, maximum]. */
    public static ParameterSpec decimal(
            String name, String defaultValue, String minimum, String maximum, String description) {
        return new ParameterSpec(
                name, Kind.DECIMAL, defaultValue, new BigDecimal(minimum), new BigDecimal(maximum), description);
    }

    /** A free-text parameter (a list of names, weights as text). */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Kind.TEXT, defaultValue, null, null, description);
    }

    /**
     * Checks {@code text} and returns it in canonical form ({@code "012"} becomes {@code "12"}).
     *
     * @throws InvalidParameterException naming the strategy, this parameter and the value
     */
    String validate(String strategy, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(strategy, text, "a value is required");
        }
        String trimmed = text.strip();
        if (kind == Kind.TEXT) {
            return trimmed;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(trimmed);
        } catch (NumberFormatException notANumber) {
            throw invalid(strategy, trimmed, kind == Kind.INTEGER ? "not an integer" : "not a number");
        }
        if (kind == Kind.INTEGER && value.stripTrailingZeros().scale() > 0) {
            throw invalid(strategy, trimmed, "not an integer");
        }
        if (minimum != null && value.compareTo(minimum) < 0) {
            throw invalid(strategy, trimmed, "must be at least " + minimum.toPlainString());
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            throw invalid(strategy, trimmed, "must be at most " + maximum.toPlainString());
        }
        return kind == Kind.INTEGER
                ? value.toBigIntegerExact().toString()
                : value.stripTrailingZeros().toPlainString();
    }

    private InvalidParameterException invalid(String strategy, String text, String problem) {
        return new InvalidParameterException(strategy + " parameter " + name + "=" + text + ": " + problem);
    }
}
