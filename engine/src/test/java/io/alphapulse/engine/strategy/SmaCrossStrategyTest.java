package io.alphapulse.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmaCrossStrategyTest {

    private static List<Double> signals(Strategy strategy, String... closes) {
        List<Double> signals = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            signals.add(strategy.onBar(Bars.close(i, closes[i])));
        }
        return signals;
    }

    @Test
    void crossAbove_signalsBuy_crossBelow_signalsSell() {
        // fast = SMA(2), slow = SMA(3):
        // t0 10, t1 10, t2 10: fast 10, slow 10 (first slow at t2)
        // t3 13: fast 11.5 > slow 11, and at t2 fast 10 <= slow 10 -> +1
        // t4 13: fast 13 > slow 12, already above -> 0
        // t5 7: fast 10 < slow 11, and at t4 fast 13 >= slow 12 -> -1
        List<Double> signals = signals(new SmaCrossStrategy(2, 3), "10", "10", "10", "13", "13", "7");

        assertThat(signals).containsExactly(0.0, 0.0, 0.0, 1.0, 0.0, -1.0);
    }

    @Test
    void noSignal_untilBothAveragesAreDefinedAtThePreviousBar() {
        // slow SMA(3) is first defined at t2, so t2 cannot be a cross even though fast > slow there.
        List<Double> signals = signals(new SmaCrossStrategy(2, 3), "10", "11", "12");

        assertThat(signals).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void touchingWithoutCrossing_signalsNothing() {
        // fast SMA(1) equals slow SMA(2) at t2 (both 10) and never goes strictly above afterwards.
        List<Double> signals = signals(new SmaCrossStrategy(1, 2), "10", "10", "10", "10");

        assertThat(signals).containsOnly(0.0);
    }
}
