package io.alphapulse.engine.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code ensemble} strategies. Parameters: {@code members} (comma list of strategy names,
 * default {@code sma-cross,rsi-reversion}), {@code weights} (comma list, or {@code equal}), {@code
 * threshold} (default 0.3), and each member's own parameters prefixed by its name, e.g. {@code
 * sma-cross.fast=12}.
 */
final class EnsembleFactory implements StrategyFactory {

    static final String NAME = "ensemble";
    private static final String DEFAULT_MEMBERS = "sma-cross,rsi-reversion";

    private final Map<String, StrategyFactory> memberFactories;

    EnsembleFactory(List<StrategyFactory> memberFactories) {
        this.memberFactories = new HashMap<>();
        for (StrategyFactory factory : memberFactories) {
            this.memberFactories.put(factory.name(), factory);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Weighted vote of member strategies; signals when |score| reaches the threshold.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameters(Map.of());
    }

    @Override
    public List<ParameterSpec> parameters(Map<String, String> given) {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                ParameterSpec.text("members", DEFAULT_MEMBERS, "comma list of member strategies"),
                ParameterSpec.text("weights", "equal", "comma list of member weights, or 'equal'"),
                ParameterSpec.decimal("threshold", "0.3", "0.000001", "1", "smallest |score| that signals")));
        for (String member : members(given.getOrDefault("members", DEFAULT_MEMBERS))) {
            for (ParameterSpec spec : memberFactories.get(member).parameters()) {
                specs.add(new ParameterSpec(
                        member + "." + spec.name(),
                        spec.kind(),
                        spec.defaultValue(),
                        spec.minimum(),
                        spec.maximum(),
                        member + ": " + spec.description()));
            }
        }
        return specs;
    }

    @Override
    public Strategy create(StrategyParameters parameters) {
        List<String> names = members(parameters.text("members"));
        List<Strategy> members = new ArrayList<>();
        for (String member : names) {
            StrategyFactory factory = memberFactories.get(member);
            Map<String, String> own = new HashMap<>();
            parameters.values().forEach((key, value) -> {
                if (key.startsWith(member + ".")) {
                    own.put(key.substring(member.length() + 1), value);
                }
            });
            members.add(factory.create(StrategyParameters.resolve(member, factory.parameters(), own)));
        }
        return new EnsembleStrategy(members, weights(parameters, names.size()), parameters.decimal("threshold"));
    }

    private List<String> members(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String name = part.strip();
            if (!memberFactories.containsKey(name)) {
                List<String> known = new ArrayList<>(memberFactories.keySet());
                known.sort(null);
                throw new InvalidParameterException("ensemble parameter members=" + text + ": unknown member '" + name
                        + "'; available: " + String.join(", ", known));
            }
            if (!names.add(name)) {
                throw new InvalidParameterException(
                        "ensemble parameter members=" + text + ": '" + name + "' is listed twice");
            }
        }
        return List.copyOf(names);
    }

    private static double[] weights(StrategyParameters parameters, int count) {
        String text = parameters.text("weights");
        if (text.equalsIgnoreCase("equal")) {
            double[] equal = new double[count];
            Arrays.fill(equal, 1);
            return equal;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new InvalidParameterException("ensemble parameter weights=" + text + ": " + count + " members need "
                    + count + " weights, got " + parts.length);
        }
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            try {
                weights[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidParameterException(
                        "ensemble parameter weights=" + text + ": '" + parts[i].strip() + "' is not a number");
            }
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new InvalidParameterException(
                        "ensemble parameter weights=" + text + ": weights must be finite and >= 0");
            }
            sum += weights[i];
        }
        if (sum == 0) {
            throw new InvalidParameterException("ensemble parameter weights=" + text + ": all weights are zero");
        }
        return weights;
    }
}
