package io.alphapulse.engine.kernel;

/**
 * Receives messages published on a topic, on the kernel thread. Must not block: hand slow work (I/O,
 * persistence) to another thread through a bounded queue.
 */
@FunctionalInterface
public interface Handler<T> {
    void handle(T message);
}
