package io.alphapulse.engine.indicators;

/**
 * Checks on the values fed to {@code update}. The failure path lives in its own method so the hot
 * path stays a single comparison that the JIT can inline.
 */
final class Inputs {

    private Inputs() {}

    static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw rejected(name, "finite", value);
        }
    }

    static void requireFiniteNonNegative(String name, double value) {
        if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
            throw rejected(name, "finite and >= 0", value);
        }
    }

    private static IllegalArgumentException rejected(String name, String requirement, double value) {
        return new IllegalArgumentException(name + " must be " + requirement + ", was " + value);
    }
}
