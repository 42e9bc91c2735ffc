package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DonchianChannelTest {

    // Bars (high, low): (10, 8), (12, 9), (11, 7), (9, 8.5), (9.5, 9), (9.2, 8.8)

    @Test
    void update_beforeWarmup_isNotReady() {
        DonchianChannel channel = new DonchianChannel(3);

        Feed.bar(channel, 10, 8, 9);
        Feed.bar(channel, 12, 9, 10);

        assertThat(channel.warmup()).isEqualTo(3);
        assertThat(channel.isReady()).isFalse();
        assertThat(channel.upper()).isNaN();
        assertThat(channel.lower()).isNaN();
        assertThat(channel.middle()).isNaN();
    }

    @Test
    void update_atWarmup_spansTheWindowsExtremes() {
        DonchianChannel channel = new DonchianChannel(3);

        Feed.bar(channel, 10, 8, 9);
        Feed.bar(channel, 12, 9, 10);
        Feed.bar(channel, 11, 7, 8);

        assertThat(channel.upper()).isEqualTo(12.0);
        assertThat(channel.lower()).isEqualTo(7.0);
        // (12 + 7) / 2
        assertThat(channel.middle()).isCloseTo(9.5, EXACT);
        assertThat(channel.value()).isCloseTo(9.5, EXACT);
    }

    @Test
    void update_afterWarmup_dropsExtremesThatLeaveTheWindow() {
        DonchianChannel channel = new DonchianChannel(3);
        Feed.bar(channel, 10, 8, 9);
        Feed.bar(channel, 12, 9, 10);
        Feed.bar(channel, 11, 7, 8);

        Feed.bar(channel, 9, 8.5, 9);
        // window b2..b4: still 12 and 7
        assertThat(channel.upper()).isEqualTo(12.0);
        assertThat(channel.lower()).isEqualTo(7.0);

        Feed.bar(channel, 9.5, 9, 9);
        // b3..b5: the 12 left, 11 is the highest
        assertThat(channel.upper()).isEqualTo(11.0);
        assertThat(channel.middle()).isCloseTo(9.0, EXACT);

        Feed.bar(channel, 9.2, 8.8, 9);
        // b4..b6: (9.5 + 8.5) / 2
        assertThat(channel.upper()).isEqualTo(9.5);
        assertThat(channel.lower()).isEqualTo(8.5);
        assertThat(channel.middle()).isCloseTo(9.0, EXACT);
    }

    @Test
    void reset_afterUpdates_forgetsOldExtremes() {
        DonchianChannel channel = new DonchianChannel(2);
        Feed.bar(channel, 100, 1, 50);

        channel.reset();
        Feed.bar(channel, 10, 8, 9);
        Feed.bar(channel, 11, 9, 10);

        assertThat(channel.upper()).isEqualTo(11.0);
        assertThat(channel.lower()).isEqualTo(8.0);
    }

    @Test
    void constructor_withPeriodBelowOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DonchianChannel(0))
                .withMessage("period must be >= 1, was 0");
    }
}
