package io.alphapulse.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.MarketData;
import io.alphapulse.engine.model.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyntheticFeedTest {

    private static final long START = 1_767_225_600_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final Duration INTERVAL = Duration.ofMillis(2);
    private static final Duration MAX_CATCH_UP = Duration.ofMinutes(10);

    // The test moves the feed's clock by hand, so what the feed delivers does not depend on speed.
    private final AtomicLong clock = new AtomicLong(START);
    private SyntheticFeed feed;

    @AfterEach
    void stopFeed() throws InterruptedException {
        if (feed != null) {
            feed.stop();
        }
    }

    private static SyntheticMarket market() {
        return new SyntheticMarket(Instruments.defaultProfiles(), 99, START);
    }

    private SyntheticFeed feed(MarketDataSink sink, Duration maxCatchUp) {
        feed = new SyntheticFeed(market(), sink, clock::get, INTERVAL, maxCatchUp);
        return feed;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void feed_deliversTheMarketsEventsInOrder_upToTheClock() throws InterruptedException {
        ConcurrentLinkedQueue<Message> received = new ConcurrentLinkedQueue<>();
        List<MarketData> expected = market().advanceTo(START + 60 * SECOND);
        SyntheticFeed feed = feed(received::add, MAX_CATCH_UP);

        feed.start();
        clock.set(START + 60 * SECOND);
        await("all events arrive", () -> feed.delivered() == expected.size());

        assertThat(List.copyOf(received)).isEqualTo(expected);
        assertThat(feed.refused()).isZero();
        assertThat(feed.lastEventTimeNanos()).isEqualTo(expected.getLast().timestampNanos());
        assertThat(feed.lastMessageAgeNanos())
                .isEqualTo(clock.get() - expected.getLast().timestampNanos());
    }

    @Test
    void feed_countsEventsTheSinkRefuses() throws InterruptedException {
        AtomicLong offers = new AtomicLong();
        // A full queue: every other event refused.
        SyntheticFeed feed = feed(message -> offers.incrementAndGet() % 2 == 0, MAX_CATCH_UP);
        int total = market().advanceTo(START + 60 * SECOND).size();

        feed.start();
        clock.set(START + 60 * SECOND);
        await("every event is offered", () -> feed.delivered() + feed.refused() == total);

        assertThat(feed.refused()).isEqualTo((total + 1) / 2);
        assertThat(feed.delivered()).isEqualTo(total / 2);
        assertThat(feed.isRunning()).isTrue();
    }

    @Test
    void lastMessageAge_beforeAnyDelivery_isMaximal() throws InterruptedException {
        SyntheticFeed feed = feed(message -> false, MAX_CATCH_UP);

        feed.start();
        clock.set(START + 10 * SECOND);
        await("events are refused", () -> feed.refused() > 0);

        assertThat(feed.delivered()).isZero();
        assertThat(feed.lastEventTimeNanos()).isEqualTo(Long.MIN_VALUE);
        assertThat(feed.lastMessageAgeNanos()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void feed_afterALongGap_skipsAheadInsteadOfReplayingIt() throws InterruptedException {
        ConcurrentLinkedQueue<Message> received = new ConcurrentLinkedQueue<>();
        SyntheticFeed feed = feed(received::add, Duration.ofSeconds(5));
        long later = START + 3_600 * SECOND;

        feed.start();
        clock.set(later);
        await("events arrive", () -> feed.lastEventTimeNanos() > later - SECOND);

        assertThat(received).allSatisfy(message -> assertThat(message.timestampNanos())
                .isGreaterThan(later - 5 * SECOND)
                .isLessThanOrEqualTo(later));
    }

    @Test
    void stop_endsTheThread_andIsIdempotent() throws InterruptedException {
        SyntheticFeed feed = feed(message -> true, MAX_CATCH_UP);
        feed.start();
        await("the feed runs", feed::isRunning);

        feed.stop();
        assertThat(feed.isRunning()).isFalse();
        feed.stop();
        feed.close();

        assertThat(feed.isRunning()).isFalse();
        assertThat(feed.failure()).isNull();
        assertThatThrownBy(feed::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stop_beforeStart_leavesTheFeedStopped() throws InterruptedException {
        SyntheticFeed feed = feed(message -> true, MAX_CATCH_UP);

        feed.stop();

        assertThat(feed.isRunning()).isFalse();
        assertThatThrownBy(feed::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void feed_whoseSinkThrows_endsAndReportsTheFailure() throws InterruptedException {
        IllegalStateException broken = new IllegalStateException("broken sink");
        SyntheticFeed feed = feed(
                message -> {
                    throw broken;
                },
                MAX_CATCH_UP);

        feed.start();
        clock.set(START + 10 * SECOND);
        await("the feed thread ends", () -> !feed.isRunning());

        assertThat(feed.failure()).isSameAs(broken);
    }

    @Test
    void defaultFeed_onTheWallClock_deliversLivePrices() throws InterruptedException {
        ConcurrentLinkedQueue<Message> received = new ConcurrentLinkedQueue<>();
        SyntheticMarket market = new SyntheticMarket(
                Instruments.defaultProfiles().stream()
                        .map(profile -> profile.withTradesPerSecond(1_000))
                        .toList(),
                1,
                System.currentTimeMillis() * 1_000_000L);
        feed = new SyntheticFeed(market, received::add);

        feed.start();
        await("a live price arrives", () -> !received.isEmpty());

        assertThat(feed.lastMessageAgeNanos()).isLessThan(Duration.ofMinutes(1).toNanos());
    }
}
