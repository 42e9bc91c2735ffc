package io.alphapulse.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsiReversionStrategyTest {

    @Test
    void belowLower_signalsBuy_aboveUpper_signalsSell_inBetween_nothing() {
        // RSI(2), Wilder. Changes: t1 -1, t2 -1 -> first averages gain 0, loss 1 -> RSI 0 < 30 -> +1 at t2.
        // t3 +4: gain (0*1+4)/2 = 2, loss (1*1+0)/2 = 0.5 -> RS 4 -> RSI 80 > 70 -> -1.
        // t4 -1: gain 1, loss 0.75 -> RS 4/3 -> RSI 57.14 -> 0.
        Strategy strategy = new RsiReversionStrategy(2, 30, 70);
        List<Double> signals = new ArrayList<>();
        String[] closes = {"10", "9", "8", "12", "11"};
        for (int i = 0; i < closes.length; i++) {
            signals.add(strategy.onBar(Bars.close(i, closes[i])));
        }

        assertThat(signals).containsExactly(0.0, 0.0, 1.0, -1.0, 0.0);
    }
}
