package io.alphapulse.engine.clock;

/** Receives timer events on the kernel thread. Must not block. */
@FunctionalInterface
public interface TimerHandler {
    void onTimer(TimerEvent event);
}
