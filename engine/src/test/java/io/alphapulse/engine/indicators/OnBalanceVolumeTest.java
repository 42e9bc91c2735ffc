package io.alphapulse.engine.indicators;

import static io.alphapulse.engine.indicators.Feed.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OnBalanceVolumeTest {

    @Test
    void construction_isNotReadyBeforeTheFirstBar() {
        OnBalanceVolume obv = new OnBalanceVolume();

        assertThat(obv.warmup()).isEqualTo(1);
        assertThat(obv.isReady()).isFalse();
        assertThat(obv.value()).isNaN();
    }

    @Test
    void update_firstBar_isZeroWhateverItsVolume() {
        OnBalanceVolume obv = new OnBalanceVolume();

        Feed.bar(obv, 11, 9, 10, 100);

        assertThat(obv.isReady()).isTrue();
        assertThat(obv.value()).isZero();
    }

    @Test
    void update_afterTheFirstBar_addsUpSubtractsDownAndIgnoresUnchanged() {
        OnBalanceVolume obv = new OnBalanceVolume();
        Feed.bar(obv, 11, 9, 10, 100);

        Feed.bar(obv, 12, 10, 11, 50);
        // up: 0 + 50
        assertThat(obv.value()).isCloseTo(50.0, EXACT);

        Feed.bar(obv, 12, 10, 11, 70);
        // unchanged close: still 50
        assertThat(obv.value()).isCloseTo(50.0, EXACT);

        Feed.bar(obv, 10, 8, 9, 30);
        // down: 50 − 30
        assertThat(obv.value()).isCloseTo(20.0, EXACT);

        Feed.bar(obv, 13, 11, 12, 0.25);
        // up: 20 + 0.25
        assertThat(obv.value()).isCloseTo(20.25, EXACT);
    }

    @Test
    void reset_afterUpdates_startsAgainFromZero() {
        OnBalanceVolume obv = new OnBalanceVolume();
        Feed.bar(obv, 11, 9, 10, 100);
        Feed.bar(obv, 12, 10, 11, 50);

        obv.reset();
        Feed.bar(obv, 1, 1, 1, 5);
        assertThat(obv.value()).isZero();
        Feed.bar(obv, 1, 0.5, 0.5, 7);

        // the first close after the reset is the reference, not the old 11
        assertThat(obv.value()).isCloseTo(-7.0, EXACT);
    }

    @Test
    void update_withNegativeVolume_isRejected() {
        OnBalanceVolume obv = new OnBalanceVolume();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Feed.bar(obv, 11, 9, 10, -1))
                .withMessage("volume must be finite and >= 0, was -1.0");
        assertThat(obv.count()).isZero();
    }
}
