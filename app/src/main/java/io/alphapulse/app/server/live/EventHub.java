package io.alphapulse.app.server.live;

import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands live events from the kernel thread to the registered listeners, in registration order. A
 * listener that throws is logged and skipped: one broken consumer must not stop trading. Public so that
 * tests of the consumers (the WebSocket hub) can publish events as the kernel would.
 */
public final class EventHub implements LiveEvents {

    private static final Logger log = LoggerFactory.getLogger(EventHub.class);

    private final CopyOnWriteArrayList<LiveListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public AutoCloseable subscribe(LiveListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers {@code event} to every listener, on the caller's thread. */
    public void publish(LiveEvent event) {
        for (LiveListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException failure) {
                log.warn(
                        "Live event listener {} failed on {} {}: {}",
                        listener,
                        event.topic(),
                        event.type(),
                        failure.toString());
            }
        }
    }

    /** How many listeners are subscribed now. */
    public int listeners() {
        return listeners.size();
    }
}
