package io.alphapulse.engine.indicators;

/** Constructor parameter checks whose messages name the parameter and the rejected value. */
final class Parameters {

    private Parameters() {}

    static int requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be >= " + minimum + ", was " + value);
        }
        return value;
    }

    static double requirePositiveFinite(String name, double value) {
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
        return value;
    }
}
