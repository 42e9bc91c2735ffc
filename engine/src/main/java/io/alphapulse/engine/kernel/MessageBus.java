package io.alphapulse.engine.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The in-process message bus: named, typed topics and synchronous delivery to handlers in the order
 * they subscribed. Single-threaded: it belongs to the kernel thread, which is what makes delivery
 * order, and so every run, deterministic.
 *
 * <p>{@link #publish(Topic, Object)} delivers immediately, before it returns (depth first). To have a
 * message handled after the current one completes, send it through {@link Kernel#send}.
 *
 * <p>Besides named topics, every message type has a type topic ({@link #typeTopic(Class)}), on which
 * the kernel publishes each message it processes.
 */
public final class MessageBus {

    private final Map<String, Topic<?>> topics = new HashMap<>();
    private final List<PatternSubscription<?>> patterns = new ArrayList<>();
    private final HandlerFailurePolicy failurePolicy;
    // Not a ClassValue: its values are held strongly from the Class, and a topic's handlers lead back
    // to the ClassValue itself, so every bus (and kernel, and everything its handlers hold) would leak.
    private final Map<Class<?>, Topic<?>> typeTopics = new IdentityHashMap<>();
    private Class<?> lastType;
    private Topic<?> lastTypeTopic;
    private long nextSequence;

    /** A bus on which a throwing handler stops the publisher ({@link HandlerFailurePolicy#PROPAGATE}). */
    public MessageBus() {
        this(HandlerFailurePolicy.PROPAGATE);
    }

    public MessageBus(HandlerFailurePolicy failurePolicy) {
        this.failurePolicy = Objects.requireNonNull(failurePolicy, "failurePolicy");
    }

    /**
     * The topic with this name, created on first use.
     *
     * @throws IllegalArgumentException if the topic exists with another message type
     */
    public <T> Topic<T> topic(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        Topic<?> existing = topics.get(name);
        if (existing == null) {
            Topic<T> created = new Topic<>(name, type);
            topics.put(name, created);
            for (PatternSubscription<?> subscription : patterns) {
                subscription.attachIfMatching(created);
            }
            return created;
        }
        if (existing.type() != type) {
            throw new IllegalArgumentException(
                    "topic '" + name + "' carries " + existing.type().getName() + ", not " + type.getName());
        }
        @SuppressWarnings("unchecked")
        Topic<T> typed = (Topic<T>) existing;
        return typed;
    }

    /** The topic on which the kernel publishes every message of exactly this class. */
    @SuppressWarnings("unchecked")
    public <T> Topic<T> typeTopic(Class<T> type) {
        if (type == lastType) {
            // Replays publish one message class after another: skip the lookup.
            return (Topic<T>) lastTypeTopic;
        }
        Topic<?> topic = typeTopics.get(type);
        if (topic == null) {
            topic = topic("type:" + type.getName(), type);
            typeTopics.put(type, topic);
        }
        lastType = type;
        lastTypeTopic = topic;
        return (Topic<T>) topic;
    }

    /** Delivers future messages on {@code topic} to {@code handler}. */
    public <T> Subscription subscribe(Topic<T> topic, Handler<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        if (topics.get(topic.name()) != topic) {
            throw new IllegalArgumentException("topic " + topic + " belongs to another bus");
        }
        long sequence = nextSequence++;
        topic.add(new Topic.Subscriber<>(handler, sequence));
        return () -> topic.remove(sequence);
    }

    /** Subscribes to the type topic of {@code type}: every message of that class the kernel processes. */
    public <T> Subscription subscribe(Class<T> type, Handler<? super T> handler) {
        return subscribe(typeTopic(type), handler);
    }

    /**
     * Delivers messages on every topic, existing or future, whose name matches {@code pattern} (see
     * {@link TopicPattern}: {@code *} any run of characters, {@code ?} one) and whose type is {@code
     * type} or a subtype of it.
     */
    public <T> Subscription subscribe(String pattern, Class<T> type, Handler<? super T> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        PatternSubscription<T> subscription =
                new PatternSubscription<>(new TopicPattern(pattern), type, handler, nextSequence++);
        patterns.add(subscription);
        for (Topic<?> topic : topics.values()) {
            subscription.attachIfMatching(topic);
        }
        return () -> {
            patterns.remove(subscription);
            subscription.detachAll();
        };
    }

    /** Delivers {@code message} to the topic's handlers, in subscription order, before returning. */
    public <T> void publish(Topic<T> topic, T message) {
        Topic.Subscriber<? super T>[] subscribers = topic.subscribers();
        for (Topic.Subscriber<? super T> subscriber : subscribers) {
            try {
                subscriber.handler().handle(message);
            } catch (RuntimeException failure) {
                failurePolicy.onFailure(new HandlerFailure(topic.name(), message, subscriber.handler(), failure));
            }
        }
    }

    /** Publishes on the type topic of the message's class. */
    @SuppressWarnings("unchecked")
    public <T> void publish(T message) {
        publish((Topic<T>) typeTopic(message.getClass()), message);
    }

    /** Names of all topics created so far. */
    public List<String> topicNames() {
        return List.copyOf(topics.keySet());
    }

    private static final class PatternSubscription<T> {
        private final TopicPattern pattern;
        private final Class<T> type;
        private final Handler<? super T> handler;
        private final long sequence;
        private final List<Topic<?>> attached = new ArrayList<>();

        PatternSubscription(TopicPattern pattern, Class<T> type, Handler<? super T> handler, long sequence) {
            this.pattern = pattern;
            this.type = type;
            this.handler = handler;
            this.sequence = sequence;
        }

        void attachIfMatching(Topic<?> topic) {
            if (type.isAssignableFrom(topic.type()) && pattern.matches(topic.name())) {
                attach(topic);
            }
        }

        @SuppressWarnings("unchecked")
        private <S extends T> void attach(Topic<?> topic) {
            // Safe: the topic's type is assignable to T, so the handler accepts its messages.
            Topic<S> typed = (Topic<S>) topic;
            typed.add(new Topic.Subscriber<S>((Handler<S>) handler, sequence));
            attached.add(topic);
        }

        void detachAll() {
            for (Topic<?> topic : attached) {
                topic.remove(sequence);
            }
            attached.clear();
        }
    }
}
