package io.alphapulse.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyCatalogTest {

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();

    @Test
    void builtIn_listsTheThreeStrategies() {
        assertThat(catalog.names()).containsExactly("sma-cross", "rsi-reversion", "ensemble");
    }

    @Test
    void defaults_areThoseOfTheArchitecture() {
        assertThat(catalog.parameters("sma-cross", Map.of()).values())
                .containsExactly(Map.entry("fast", "10"), Map.entry("slow", "30"));
        assertThat(catalog.parameters("rsi-reversion", Map.of()).values())
                .containsExactly(Map.entry("lower", "30"), Map.entry("period", "14"), Map.entry("upper", "70"));
        assertThat(catalog.parameters("ensemble", Map.of()).values())
                .containsEntry("threshold", "0.3")
                .containsEntry("weights", "equal")
                .containsEntry("members", "sma-cross,rsi-reversion")
                .containsEntry("sma-cross.fast", "10")
                .containsEntry("rsi-reversion.period", "14");
    }

    @Test
    void unknownStrategy_isRefused_listingTheAvailableOnes() {
        assertThatThrownBy(() -> catalog.factory("macd-magic"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("unknown strategy 'macd-magic'; available: sma-cross, rsi-reversion, ensemble");
    }

    @Test
    void unknownParameter_isRefused_listingTheKnownOnes() {
        assertThatThrownBy(() -> catalog.parameters("sma-cross", Map.of("speed", "3")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("sma-cross has no parameter 'speed'; it takes: fast, slow");
    }

    @Test
    void fastNotBelowSlow_isRefused() {
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("fast", "30", "slow", "30")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("fast (30) must be below slow (30)");
    }

    @Test
    void negativePeriod_isRefused_namingTheParameterAndValue() {
        assertThatThrownBy(() -> catalog.parameters("rsi-reversion", Map.of("period", "-5")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("rsi-reversion parameter period=-5: must be at least 1");
    }

    @Test
    void nonNumericAndFractionalIntegers_areRefused() {
        assertThatThrownBy(() -> catalog.parameters("sma-cross", Map.of("fast", "ten")))
                .hasMessage("sma-cross parameter fast=ten: not an integer");
        assertThatThrownBy(() -> catalog.parameters("sma-cross", Map.of("fast", "2.5")))
                .hasMessage("sma-cross parameter fast=2.5: not an integer");
    }

    @Test
    void lowerNotBelowUpper_isRefused() {
        assertThatThrownBy(() -> catalog.create("rsi-reversion", Map.of("lower", "80", "upper", "70")))
                .hasMessageContaining("lower (80.0) must be below upper (70.0)");
    }

    @Test
    void ensemble_takesMemberParametersByPrefix() {
        StrategyParameters parameters =
                catalog.parameters("ensemble", Map.of("members", "sma-cross", "sma-cross.fast", "5"));

        assertThat(parameters.values()).containsEntry("sma-cross.fast", "5").doesNotContainKey("rsi-reversion.period");
        assertThat(catalog.create(parameters)).isInstanceOf(EnsembleStrategy.class);
    }

    @Test
    void ensemble_badMembersOrWeights_areRefused() {
        assertThatThrownBy(() -> catalog.parameters("ensemble", Map.of("members", "sma-cross,wizard")))
                .hasMessageContaining("unknown member 'wizard'");
        assertThatThrownBy(() -> catalog.create("ensemble", Map.of("weights", "1,2,3")))
                .hasMessageContaining("2 members need 2 weights, got 3");
        assertThatThrownBy(() -> catalog.create("ensemble", Map.of("sma-cross.fast", "40")))
                .hasMessageContaining("fast (40) must be below slow (30)");
    }

    @Test
    void values_areCanonical() {
        assertThat(catalog.parameters("sma-cross", Map.of("fast", "007")).values())
                .containsEntry("fast", "7");
        assertThat(catalog.parameters("rsi-reversion", Map.of("lower", "25.50")).values())
                .containsEntry("lower", "25.5");
    }
}
