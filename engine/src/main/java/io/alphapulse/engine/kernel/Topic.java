package io.alphapulse.engine.kernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named channel for messages of one type, created and owned by a {@link MessageBus}. Keep the topic
 * object and publish through it: delivery is a walk over an array of handlers, with no lookup.
 *
 * <p>Names are dot-separated by convention, e.g. {@code data.bars.sim:BTC-USDT.1m}.
 */
public final class Topic<T> {

    private static final Subscriber<?>[] NONE = new Subscriber<?>[0];

    private final String name;
    private final Class<T> type;
    private Subscriber<? super T>[] subscribers = emptySubscribers();

    Topic(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** Number of handlers currently subscribed. */
    public int subscriberCount() {
        return subscribers.length;
    }

    Subscriber<? super T>[] subscribers() {
        return subscribers;
    }

    /** Adds a subscriber keeping the array ordered by subscription sequence; copy-on-write. */
    void add(Subscriber<? super T> subscriber) {
        Subscriber<? super T>[] current = subscribers;
        int position = current.length;
        while (position > 0 && current[position - 1].sequence() > subscriber.sequence()) {
            position--;
        }
        Subscriber<? super T>[] next = Arrays.copyOf(current, current.length + 1);
        System.arraycopy(current, position, next, position + 1, current.length - position);
        next[position] = subscriber;
        subscribers = next;
    }

    /** Removes every subscription with this sequence; copy-on-write. */
    void remove(long sequence) {
        Subscriber<? super T>[] current = subscribers;
        int kept = 0;
        Subscriber<? super T>[] next = Arrays.copyOf(current, current.length);
        for (Subscriber<? super T> subscriber : current) {
            if (subscriber.sequence() != sequence) {
                next[kept++] = subscriber;
            }
        }
        subscribers = kept == current.length ? current : Arrays.copyOf(next, kept);
    }

    @Override
    public String toString() {
        return name + " <" + type.getSimpleName() + ">";
    }

    @SuppressWarnings("unchecked")
    private static <T> Subscriber<? super T>[] emptySubscribers() {
        return (Subscriber<? super T>[]) NONE;
    }

    /** A handler with the global sequence number of its subscription, which fixes delivery order. */
    record Subscriber<T>(Handler<T> handler, long sequence) {}
}
