package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompensatedSumTest {

    @Test
    void add_smallValuesToALargeOne_keepsWhatAPlainSumLoses() {
        CompensatedSum sum = new CompensatedSum();
        double plain = 0;

        sum.add(1e16);
        plain += 1e16;
        for (int i = 0; i < 1000; i++) {
            sum.add(1.0);
            plain += 1.0;
        }
        sum.subtract(1e16);
        plain -= 1e16;

        // each 1.0 is below half an ulp of 1e16, so the plain sum drops all of them
        assertThat(plain).isZero();
        assertThat(sum.value()).isEqualTo(1000.0);
    }

    @Test
    void add_largerValueThanTheSum_isAlsoCompensated() {
        CompensatedSum sum = new CompensatedSum();

        sum.add(1.0);
        sum.add(1e100);
        sum.add(1.0);
        sum.add(-1e100);

        // Kahan's original loses these when the addend dominates; Neumaier's variant does not
        assertThat(sum.value()).isEqualTo(2.0);
    }

    @Test
    void reset_afterValues_isZero() {
        CompensatedSum sum = new CompensatedSum();
        sum.add(0.1);
        sum.add(0.2);

        sum.reset();

        assertThat(sum.value()).isZero();
    }
}
