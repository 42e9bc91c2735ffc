package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSweepTest {

    @Test
    void fixedValuesOnly_isASingleCombination() {
        ParameterSweep sweep = ParameterSweep.parse(List.of("fast=12", "slow=40"));

        assertThat(sweep.isSweep()).isFalse();
        assertThat(sweep.combinations()).containsExactly(Map.of("fast", "12", "slow", "40"));
    }

    @Test
    void ranges_expandInclusively_firstRangeVaryingSlowest() {
        ParameterSweep sweep = ParameterSweep.parse(List.of("fast=5..15:5", "slow=30..40:10", "x=1"));

        assertThat(sweep.sweptNames()).containsExactly("fast", "slow");
        assertThat(sweep.combinations())
                .extracting(c -> c.get("fast") + "/" + c.get("slow") + "/" + c.get("x"))
                .containsExactly("5/30/1", "5/40/1", "10/30/1", "10/40/1", "15/30/1", "15/40/1");
    }

    @Test
    void decimalRanges_andTheDefaultStepOfOne() {
        assertThat(ParameterSweep.parse(List.of("lower=20..30:2.5")).combinations())
                .extracting(c -> c.get("lower"))
                .containsExactly("20", "22.5", "25", "27.5", "30");
        assertThat(ParameterSweep.parse(List.of("fast=3..5")).combinations())
                .extracting(c -> c.get("fast"))
                .containsExactly("3", "4", "5");
    }

    @Test
    void malformedInput_isRefusedNamingIt() {
        assertThatThrownBy(() -> ParameterSweep.parse(List.of("fast")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--param fast: expected name=value");
        assertThatThrownBy(() -> ParameterSweep.parse(List.of("fast=1", "fast=2")))
                .hasMessage("--param fast is given twice");
        assertThatThrownBy(() -> ParameterSweep.parse(List.of("fast=50..5"))).hasMessageContaining("runs backwards");
        assertThatThrownBy(() -> ParameterSweep.parse(List.of("fast=1..5:0")))
                .hasMessageContaining("step must be positive");
        assertThatThrownBy(() -> ParameterSweep.parse(List.of("a=1..200", "b=1..200")))
                .hasMessageContaining("more than 10000 combinations");
    }
}
