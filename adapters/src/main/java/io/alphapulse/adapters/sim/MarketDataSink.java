package io.alphapulse.adapters.sim;

import io.alphapulse.engine.model.Message;

/**
 * Where a live feed hands its market data: {@code LiveKernel::offer} in production. The call must
 * never block; it returns {@code false} when the message was refused (queue full or closed), and the
 * feed counts it as conflated, because the next price supersedes it.
 */
@FunctionalInterface
public interface MarketDataSink {

    /** Takes {@code message} if there is room; {@code false} if it was refused. Never blocks. */
    boolean offer(Message message);
}
