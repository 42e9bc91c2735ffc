package io.alphapulse.app.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --param} values of a backtest: fixed ones ({@code fast=12}) and ranges to sweep ({@code
 * fast=5..50:5}, inclusive, step 1 when omitted). {@link #combinations()} lists every combination in
 * a fixed order (the first range varies slowest), so a sweep's output is reproducible.
 */
final class ParameterSweep {

    /** Refuse sweeps that would take all day by accident. */
    static final int MAX_COMBINATIONS = 10_000;

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z][A-Za-z0-9.-]*)=(.*)", Pattern.DOTALL);
    private static final Pattern RANGE =
            Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\.\\.(-?\\d+(?:\\.\\d+)?)(?::(\\d+(?:\\.\\d+)?))?");

    private final Map<String, String> fixed;
    private final Map<String, List<String>> ranges;

    private ParameterSweep(Map<String, String> fixed, Map<String, List<String>> ranges) {
        this.fixed = fixed;
        this.ranges = ranges;
    }

    /**
     * Parses {@code name=value} arguments.
     *
     * @throws UsageException naming the argument for a malformed one, a repeated name, an empty or
     *     backwards range, or too many combinations
     */
    public static ParameterSweep parse(List<String> arguments) {
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, List<String>> ranges = new LinkedHashMap<>();
        for (String argument : arguments) {
            Matcher assignment = ASSIGNMENT.matcher(argument.strip());
            if (!assignment.matches()) {
                throw new UsageException("--param " + argument + ": expected name=value (or name=from..to:step)");
            }
            String name = assignment.group(1);
            String value = assignment.group(2).strip();
            if (fixed.containsKey(name) || ranges.containsKey(name)) {
                throw new UsageException("--param " + name + " is given twice");
            }
            Matcher range = RANGE.matcher(value);
            if (range.matches()) {
                ranges.put(name, expand(name, range));
            } else {
                fixed.put(name, value);
            }
        }
        long combinations = 1;
        for (List<String> values : ranges.values()) {
            combinations *= values.size();
            if (combinations > MAX_COMBINATIONS) {
                throw new UsageException("--param ranges give more than " + MAX_COMBINATIONS
                        + " combinations; narrow them or use a larger step");
            }
        }
        return new ParameterSweep(fixed, ranges);
    }

    /** Whether any parameter is a range. */
    public boolean isSweep() {
        return !ranges.isEmpty();
    }

    /** The names that vary, in the order given. */
    public List<String> sweptNames() {
        return List.copyOf(ranges.keySet());
    }

    /** Every combination of fixed values and range values. */
    public List<Map<String, String>> combinations() {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>(fixed));
        for (Map.Entry<String, List<String>> range : ranges.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : combinations) {
                for (String value : range.getValue()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(range.getKey(), value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static List<String> expand(String name, Matcher range) {
        BigDecimal from = new BigDecimal(range.group(1));
        BigDecimal to = new BigDecimal(range.group(2));
        BigDecimal step = range.group(3) == null ? BigDecimal.ONE : new BigDecimal(range.group(3));
        String text = name + "=" + range.group(0);
        if (step.signum() <= 0) {
            throw new UsageException("--param " + text + ": the step must be positive");
        }
        if (from.compareTo(to) > 0) {
            throw new UsageException("--param " + text + ": the range runs backwards");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
            values.add(value.stripTrailingZeros().toPlainString());
            if (values.size() > MAX_COMBINATIONS) {
                throw new UsageException("--param " + text + " has more than " + MAX_COMBINATIONS + " values");
            }
        }
        return values;
    }
}
