package io.alphapulse.engine.model;

/**
 * An immutable fact or request that travels through the kernel: market data, timer events, order
 * commands and order events. Every message carries the time at which it happened.
 *
 * <p>Commands are imperative ({@code SubmitOrder}); events are past tense ({@code OrderFilled}).
 */
public interface Message {

    /** When this message happened, in nanoseconds since the Unix epoch (UTC). */
    long timestampNanos();
}
