package io.alphapulse.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.Bar;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleStrategyTest {

    /** A member that replays fixed signals. */
    private static Strategy scripted(Double... signals) {
        Iterator<Double> next = List.of(signals).iterator();
        return (Bar bar) -> next.next();
    }

    @Test
    void oneFullSignalOfTwoEqualMembers_reachesTheDefaultThreshold() {
        Strategy ensemble = new EnsembleStrategy(List.of(scripted(1.0), scripted(0.0)), new double[] {1, 1}, 0.3);

        assertThat(ensemble.onBar(Bars.close(0, "1"))).isEqualTo(0.5);
    }

    @Test
    void opposingSignals_cancelOut() {
        Strategy ensemble = new EnsembleStrategy(List.of(scripted(1.0), scripted(-1.0)), new double[] {1, 1}, 0.3);

        assertThat(ensemble.onBar(Bars.close(0, "1"))).isZero();
    }

    @Test
    void weightedScoreBelowThreshold_signalsNothing() {
        // score = (1*1 + 3*0) / 4 = 0.25 < 0.3
        Strategy ensemble = new EnsembleStrategy(List.of(scripted(1.0), scripted(0.0)), new double[] {1, 3}, 0.3);

        assertThat(ensemble.onBar(Bars.close(0, "1"))).isZero();
    }

    @Test
    void weightedScoreAboveThreshold_signalsTheScore() {
        // score = (3*-1 + 1*0) / 4 = -0.75
        Strategy ensemble = new EnsembleStrategy(List.of(scripted(-1.0), scripted(0.0)), new double[] {3, 1}, 0.3);

        assertThat(ensemble.onBar(Bars.close(0, "1"))).isEqualTo(-0.75);
    }

    @Test
    void zeroWeightMembers_stillSeeEveryBar() {
        Strategy muted = scripted(1.0, 1.0);
        Strategy ensemble = new EnsembleStrategy(List.of(scripted(0.0, 0.0), muted), new double[] {1, 0}, 0.3);

        ensemble.onBar(Bars.close(0, "1"));
        ensemble.onBar(Bars.close(1, "1"));

        assertThatThrownBy(() -> muted.onBar(Bars.close(2, "1"))).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void badConfiguration_isRefused() {
        assertThatThrownBy(() -> new EnsembleStrategy(List.of(), new double[0], 0.3))
                .hasMessageContaining("at least one member");
        assertThatThrownBy(() -> new EnsembleStrategy(List.of(scripted()), new double[] {0}, 0.3))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new EnsembleStrategy(List.of(scripted()), new double[] {1}, 0))
                .hasMessageContaining("threshold");
    }
}
