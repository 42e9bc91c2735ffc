package io.alphapulse.engine.kernel;

/**
 * A part of the trading system that runs on the kernel: data handling, indicators, strategies, risk,
 * execution, portfolio. Components subscribe to what they need in {@link #onStart}; the order in which
 * they are registered is the order in which they receive each message.
 */
public interface Component {

    /** A short, unique name, used in logs and failure reports. */
    String name();

    /** Called on the kernel thread when the kernel starts, in registration order. */
    default void onStart(Kernel kernel) {}

    /** Called on the kernel thread when the kernel stops, in reverse registration order. */
    default void onStop(Kernel kernel) {}
}
