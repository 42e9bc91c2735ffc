package io.alphapulse.app.server.live;

/** Where live events are published to other threads (WebSocket, persistence). */
public interface LiveEvents {

    /**
     * Registers a listener. It is called on the kernel thread for every event and must not block: it
     * hands the event to its own bounded queue and returns.
     *
     * @return closing it unregisters the listener
     */
    AutoCloseable subscribe(LiveListener listener);
}
