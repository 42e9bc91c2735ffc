package io.alphapulse.engine.kernel;

import java.time.Duration;

/** A message that must not be lost could not be queued for the kernel: the sender has to deal with it. */
public final class InboundQueueFullException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    InboundQueueFullException(int queued, Duration timeout, boolean accepting, Object message) {
        super(
                accepting
                        ? "kernel inbound queue still full (" + queued + " queued) after " + timeout.toMillis()
                                + " ms; refused " + message
                        : "kernel is closed; refused " + message);
    }
}
