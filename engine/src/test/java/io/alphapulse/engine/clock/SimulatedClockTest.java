package io.alphapulse.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    private final SimulatedClock clock = new SimulatedClock(1_000);
    private final List<String> fired = new ArrayList<>();

    private TimerHandler record() {
        return event -> fired.add(event.name() + "@" + event.timestampNanos() + "/now=" + clock.timestampNanos());
    }

    @Test
    void advanceTo_firesDueTimersInTimeOrder_withClockReadingEachDueTime() {
        clock.setTimeAlert("late", 3_000, record());
        clock.setTimeAlert("early", 2_000, record());
        clock.setTimeAlert("future", 9_000, record());

        clock.advanceTo(5_000);

        assertThat(fired).containsExactly("early@2000/now=2000", "late@3000/now=3000");
        assertThat(clock.timestampNanos()).isEqualTo(5_000);
        assertThat(clock.nextTimerTimeNanos()).isEqualTo(9_000);
    }

    @Test
    void advanceTo_timersDueAtTheSameTime_fireInTheOrderTheyWereSet() {
        clock.setTimeAlert("b", 2_000, record());
        clock.setTimeAlert("a", 2_000, record());
        clock.setTimeAlert("c", 2_000, record());

        clock.advanceTo(2_000);

        assertThat(fired).extracting(s -> s.substring(0, 1)).containsExactly("b", "a", "c");
    }

    @Test
    void setTimer_repeatsEveryInterval_untilItsStopTime() {
        clock.setTimer("tick", 1_000, 1_000, 4_000, record());

        clock.advanceTo(10_000);

        assertThat(fired).containsExactly("tick@2000/now=2000", "tick@3000/now=3000", "tick@4000/now=4000");
        assertThat(clock.hasTimer("tick")).isFalse();
    }

    @Test
    void setTimer_withoutStop_keepsRepeating() {
        clock.setTimer("tick", 500, 1_000, Clock.NO_STOP, record());

        clock.advanceTo(3_000);

        assertThat(fired).hasSize(4);
        assertThat(clock.nextTimerTimeNanos()).isEqualTo(3_500);
    }

    @Test
    void cancelTimer_stopsFurtherFirings() {
        clock.setTimer("tick", 1_000, 1_000, Clock.NO_STOP, record());
        clock.advanceTo(2_000);

        assertThat(clock.cancelTimer("tick")).isTrue();
        assertThat(clock.cancelTimer("tick")).isFalse();
        clock.advanceTo(10_000);

        assertThat(fired).containsExactly("tick@2000/now=2000");
        assertThat(clock.nextTimerTimeNanos()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void setTimeAlert_withAnExistingName_replacesTheEarlierAlert() {
        clock.setTimeAlert("x", 2_000, record());
        clock.setTimeAlert("x", 4_000, record());

        clock.advanceTo(5_000);

        assertThat(fired).containsExactly("x@4000/now=4000");
    }

    @Test
    void setTimeAlert_inThePast_firesAtTheNextAdvanceWithoutMovingTimeBack() {
        clock.advanceTo(5_000);
        clock.setTimeAlert("missed", 2_000, record());

        clock.advanceTo(6_000);

        assertThat(fired).containsExactly("missed@5000/now=5000");
    }

    @Test
    void handlerSettingATimerDueWithinTheSameAdvance_firesItInOrder() {
        clock.setTimeAlert("first", 2_000, event -> {
            fired.add("first");
            clock.setTimeAlert("chained", 2_500, e -> fired.add("chained@" + clock.timestampNanos()));
        });
        clock.setTimeAlert("last", 3_000, e -> fired.add("last"));

        clock.advanceTo(3_000);

        assertThat(fired).containsExactly("first", "chained@2500", "last");
    }

    @Test
    void advanceTo_anEarlierTime_isRefused() {
        clock.advanceTo(2_000);

        assertThatThrownBy(() -> clock.advanceTo(1_999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backwards");
    }

    @Test
    void setTimer_withANonPositiveInterval_isRefused() {
        assertThatThrownBy(() -> clock.setTimer("t", 0, 0, Clock.NO_STOP, record()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval");
    }

    @Test
    void setTimer_stoppingBeforeItsFirstFiring_isRefused() {
        assertThatThrownBy(() -> clock.setTimer("t", 1_000, 1_000, 1_500, record()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stops");
    }

    @Test
    void timestampMillis_floorsNanoseconds() {
        SimulatedClock beforeEpoch = new SimulatedClock(-1);
        assertThat(beforeEpoch.timestampMillis()).isEqualTo(-1);
        assertThat(new SimulatedClock(1_999_999).timestampMillis()).isEqualTo(1);
    }
}
