package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvent;
import io.alphapulse.app.server.security.CurrentUser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.socket.WebSocketSession;

/**
 * One WebSocket session: who it is once authenticated, what it subscribed to, and its own outbound queue
 * drained by its own sender thread, so that sends to one session are serialized and a slow session
 * delays nobody else.
 */
final class ClientConnection {

    private static final int SEND_BATCH = 64;

    private final WebSocketSession session;
    private final OutboundQueue queue;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile CurrentUser user;
    private volatile Set<String> topics = Set.of();
    private ScheduledFuture<?> deadline;

    ClientConnection(WebSocketSession session, int queueCapacity) {
        this.session = session;
        this.queue = new OutboundQueue(queueCapacity);
    }

    WebSocketSession session() {
        return session;
    }

    String id() {
        return session.getId();
    }

    /** The authenticated user, or {@code null} before the {@code auth} message. */
    CurrentUser user() {
        return user;
    }

    void authenticated(CurrentUser user) {
        this.user = user;
    }

    Set<String> topics() {
        return topics;
    }

    /** Subscriptions are changed only by the session's own messages, which arrive one at a time. */
    void subscribe(Set<String> added) {
        Set<String> changed = new HashSet<>(topics);
        changed.addAll(added);
        topics = Set.copyOf(changed);
    }

    void unsubscribe(Set<String> removed) {
        Set<String> changed = new HashSet<>(topics);
        changed.removeAll(removed);
        topics = Set.copyOf(changed);
    }

    /** Whether {@code event} goes to this session: authenticated, subscribed to its topic, allowed to see it. */
    boolean wants(LiveEvent event) {
        CurrentUser current = user;
        return current != null && !closing.get() && topics.contains(event.topic()) && event.visibleTo(current.id());
    }

    OutboundQueue.Offer offer(OutboundMessage message) {
        return queue.offer(message);
    }

    /** Marks the connection as going away; {@code true} only for the first caller. */
    boolean beginClose() {
        if (!closing.compareAndSet(false, true)) {
            return false;
        }
        queue.close();
        cancelDeadline();
        return true;
    }

    /** Whether the user's connection count is yet to be given back; {@code true} only for the first caller. */
    boolean releaseOnce() {
        return released.compareAndSet(false, true);
    }

    boolean isClosing() {
        return closing.get();
    }

    /** Replaces the pending auth timeout or token expiry. */
    synchronized void deadline(ScheduledFuture<?> next) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        deadline = next;
    }

    synchronized void cancelDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    /** Waits for queued messages and returns up to a batch of them; empty once the connection closes. */
    List<OutboundMessage> nextBatch() throws InterruptedException {
        return queue.take(SEND_BATCH);
    }
}
