package io.alphapulse.app.server.live;

/** Told of every {@link LiveEvent}, on the kernel thread; must return quickly and never block. */
@FunctionalInterface
public interface LiveListener {
    void onEvent(LiveEvent event);
}
