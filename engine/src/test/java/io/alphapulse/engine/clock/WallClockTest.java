package io.alphapulse.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WallClockTest {

    private final AtomicLong epochMillis = new AtomicLong(1_700_000_000_000L);
    private final AtomicLong monotonic = new AtomicLong(42);
    private final WallClock clock = new WallClock(epochMillis::get, monotonic::get);

    @Test
    void timestampNanos_followsTheMonotonicSourceFromTheEpochAnchor() {
        assertThat(clock.timestampNanos()).isEqualTo(1_700_000_000_000_000_000L);

        monotonic.addAndGet(1_234);

        assertThat(clock.timestampNanos()).isEqualTo(1_700_000_000_000_001_234L);
    }

    @Test
    void timestampNanos_neverDecreases_whenTheSystemClockIsSetBack() {
        monotonic.addAndGet(900_000_000L);
        long before = clock.timestampNanos();
        epochMillis.addAndGet(-60_000);
        monotonic.addAndGet(200_000_000L); // past the re-anchor interval

        long after = clock.timestampNanos();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Test
    void timestampNanos_reanchorsToTheSystemClock_afterAnInterval() {
        epochMillis.addAndGet(5_000);
        monotonic.addAndGet(1_000_000_000L);

        assertThat(clock.timestampNanos()).isEqualTo(1_700_000_005_000_000_000L);
    }

    @Test
    void fireDueTimers_firesOnlyTimersDueNow() {
        List<String> fired = new ArrayList<>();
        long now = clock.timestampNanos();
        clock.setTimeAlert("due", now, event -> fired.add(event.name()));
        clock.setTimeAlert("later", now + 1_000, event -> fired.add(event.name()));

        assertThat(clock.fireDueTimers()).isEqualTo(1);
        assertThat(fired).containsExactly("due");
        assertThat(clock.nanosUntilNextTimer()).isEqualTo(1_000);

        monotonic.addAndGet(1_000);
        clock.fireDueTimers();

        assertThat(fired).containsExactly("due", "later");
        assertThat(clock.nanosUntilNextTimer()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void timerEvent_carriesTheActualFiringTime_atOrAfterTheDueTime() {
        List<TimerEvent> events = new ArrayList<>();
        long due = clock.timestampNanos() + 10;
        clock.setTimeAlert("a", due, events::add);
        monotonic.addAndGet(500);

        clock.fireDueTimers();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.scheduledTimeNanos()).isEqualTo(due);
            assertThat(event.timestampNanos()).isEqualTo(due - 10 + 500);
        });
    }
}
