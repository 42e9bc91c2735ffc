package io.alphapulse.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageBusTest {

    private final MessageBus bus = new MessageBus();
    private final List<String> received = new ArrayList<>();

    @Test
    void publish_deliversToHandlersInSubscriptionOrder() {
        Topic<Ping> topic = bus.topic("pings", Ping.class);
        bus.subscribe(topic, ping -> received.add("first:" + ping.id()));
        bus.subscribe(topic, ping -> received.add("second:" + ping.id()));
        bus.subscribe(topic, ping -> received.add("third:" + ping.id()));

        bus.publish(topic, new Ping(7, 0));

        assertThat(received).containsExactly("first:7", "second:7", "third:7");
    }

    @Test
    void topic_sameName_returnsTheSameTopic() {
        assertThat(bus.topic("pings", Ping.class)).isSameAs(bus.topic("pings", Ping.class));
    }

    @Test
    void topic_sameNameWithAnotherType_isRefused() {
        bus.topic("pings", Ping.class);

        assertThatThrownBy(() -> bus.topic("pings", Pong.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pings")
                .hasMessageContaining(Ping.class.getName());
    }

    @Test
    void subscribe_toATopicOfAnotherBus_isRefused() {
        Topic<Ping> foreign = new MessageBus().topic("pings", Ping.class);

        assertThatThrownBy(() -> bus.subscribe(foreign, ping -> {})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancel_stopsDelivery_andKeepsTheOthersInOrder() {
        Topic<Ping> topic = bus.topic("pings", Ping.class);
        bus.subscribe(topic, ping -> received.add("a"));
        Subscription b = bus.subscribe(topic, ping -> received.add("b"));
        bus.subscribe(topic, ping -> received.add("c"));

        b.cancel();
        b.cancel();
        bus.publish(topic, new Ping(1, 0));

        assertThat(received).containsExactly("a", "c");
        assertThat(topic.subscriberCount()).isEqualTo(2);
    }

    @Test
    void patternSubscription_receivesFromExistingAndFutureMatchingTopics() {
        Topic<Ping> existing = bus.topic("data.pings.one", Ping.class);
        bus.subscribe("data.pings.*", Ping.class, ping -> received.add("pattern:" + ping.id()));
        Topic<Ping> later = bus.topic("data.pings.two", Ping.class);
        Topic<Ping> other = bus.topic("orders.pings", Ping.class);

        bus.publish(existing, new Ping(1, 0));
        bus.publish(later, new Ping(2, 0));
        bus.publish(other, new Ping(3, 0));

        assertThat(received).containsExactly("pattern:1", "pattern:2");
    }

    @Test
    void patternSubscription_forASupertype_receivesEverySubtypeTopic() {
        bus.subscribe(
                "*", Message.class, message -> received.add(message.getClass().getSimpleName()));

        bus.publish(bus.topic("p", Ping.class), new Ping(1, 0));
        bus.publish(bus.topic("q", Pong.class), new Pong(1, 0));
        bus.publish(bus.topic("s", String.class), "not a message");

        assertThat(received).containsExactly("Ping", "Pong");
    }

    @Test
    void patternAndDirectSubscriptions_interleaveInSubscriptionOrder() {
        Topic<Ping> topic = bus.topic("data.pings", Ping.class);
        bus.subscribe(topic, ping -> received.add("direct-1"));
        bus.subscribe("data.*", Ping.class, ping -> received.add("pattern"));
        bus.subscribe(topic, ping -> received.add("direct-2"));

        bus.publish(topic, new Ping(1, 0));

        assertThat(received).containsExactly("direct-1", "pattern", "direct-2");
    }

    @Test
    void cancellingAPatternSubscription_detachesItEverywhere() {
        Subscription subscription = bus.subscribe("x.*", Ping.class, ping -> received.add("pattern"));
        Topic<Ping> a = bus.topic("x.a", Ping.class);

        subscription.cancel();
        bus.publish(a, new Ping(1, 0));
        bus.publish(bus.topic("x.b", Ping.class), new Ping(2, 0));

        assertThat(received).isEmpty();
    }

    @Test
    void publishByMessage_usesTheTypeTopicOfItsClass() {
        bus.subscribe(Ping.class, ping -> received.add("ping:" + ping.id()));
        bus.subscribe(Pong.class, pong -> received.add("pong:" + pong.id()));

        bus.publish(new Ping(1, 0));
        bus.publish(new Pong(2, 0));

        assertThat(received).containsExactly("ping:1", "pong:2");
        assertThat(bus.typeTopic(Ping.class).name()).isEqualTo("type:" + Ping.class.getName());
    }

    @Test
    void throwingHandler_underPropagate_stopsDeliveryAndReachesThePublisher() {
        Topic<Ping> topic = bus.topic("pings", Ping.class);
        bus.subscribe(topic, ping -> {
            throw new IllegalStateException("boom");
        });
        bus.subscribe(topic, ping -> received.add("after"));

        assertThatThrownBy(() -> bus.publish(topic, new Ping(1, 0))).hasMessage("boom");
        assertThat(received).isEmpty();
    }

    @Test
    void throwingHandler_underIsolate_isReportedAndTheOthersStillRun() {
        List<HandlerFailure> failures = new ArrayList<>();
        MessageBus isolating = new MessageBus(HandlerFailurePolicy.isolate(failures::add));
        Topic<Ping> topic = isolating.topic("pings", Ping.class);
        isolating.subscribe(topic, ping -> {
            throw new IllegalStateException("boom");
        });
        isolating.subscribe(topic, ping -> received.add("after"));

        isolating.publish(topic, new Ping(1, 0));

        assertThat(received).containsExactly("after");
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.topic()).isEqualTo("pings");
            assertThat(failure.message()).isEqualTo(new Ping(1, 0));
            assertThat(failure.cause()).hasMessage("boom");
        });
    }

    @Test
    void subscribingDuringDelivery_takesEffectFromTheNextMessage() {
        Topic<Ping> topic = bus.topic("pings", Ping.class);
        bus.subscribe(topic, ping -> {
            received.add("outer:" + ping.id());
            if (ping.id() == 1) {
                bus.subscribe(topic, inner -> received.add("inner:" + inner.id()));
            }
        });

        bus.publish(topic, new Ping(1, 0));
        bus.publish(topic, new Ping(2, 0));

        assertThat(received).containsExactly("outer:1", "outer:2", "inner:2");
    }
}
