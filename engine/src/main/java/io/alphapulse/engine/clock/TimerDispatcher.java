package io.alphapulse.engine.clock;

/**
 * How a clock hands a due timer to its handler. The kernel installs one that runs the handler and then
 * processes whatever the handler queued, so a timer step runs to completion like any other message.
 */
@FunctionalInterface
public interface TimerDispatcher {

    /** Calls the handler directly. */
    TimerDispatcher DIRECT = TimerHandler::onTimer;

    void dispatch(TimerHandler handler, TimerEvent event);
}
