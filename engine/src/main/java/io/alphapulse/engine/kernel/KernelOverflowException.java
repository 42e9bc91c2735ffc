package io.alphapulse.engine.kernel;

/**
 * Handlers queued more messages within one step than the kernel holds. That means a feedback loop
 * (handlers answering each other's messages forever), so the kernel fails loudly instead of growing.
 */
public final class KernelOverflowException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    KernelOverflowException(int capacity, Object message) {
        super("more than " + capacity + " messages queued within one kernel step (a feedback loop?); " + "refused: "
                + message);
    }
}
