package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvent;
import io.alphapulse.app.server.live.LiveEvents;
import io.alphapulse.app.server.live.LiveListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Live events published by the test itself, on its own thread, as the kernel would. */
final class FakeLiveEvents implements LiveEvents {

    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public AutoCloseable subscribe(LiveListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(LiveEvent event) {
        for (LiveListener listener : listeners) {
            listener.onEvent(event);
        }
    }

    int listeners() {
        return listeners.size();
    }
}
