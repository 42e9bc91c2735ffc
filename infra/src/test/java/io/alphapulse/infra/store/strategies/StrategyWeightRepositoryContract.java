package io.alphapulse.infra.store.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the strategy weight store must do, on SQLite and on PostgreSQL alike. */
abstract class StrategyWeightRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00.125Z");

    private TestDatabase store;
    private StrategyWeightRepository weights;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        weights = new StrategyWeightRepository(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void save_twice_keepsOneRowPerStrategy_withTheLatestWeight() throws SQLException {
        weights.save(new StrategyWeight("sma-cross", 0.5, T0));
        weights.save(new StrategyWeight("rsi-reversion", 0.5, T0));
        weights.save(new StrategyWeight("sma-cross", 0.7, T0.plusSeconds(60)));

        assertThat(weights.findAll())
                .containsExactly(
                        new StrategyWeight("rsi-reversion", 0.5, T0),
                        new StrategyWeight("sma-cross", 0.7, T0.plusSeconds(60)));
        assertThat(weights.find("sma-cross")).contains(new StrategyWeight("sma-cross", 0.7, T0.plusSeconds(60)));
        assertThat(weights.find("unknown")).isEmpty();
    }

    @Test
    void apply_appendsTheAdjustment_andSetsTheWeight() throws SQLException {
        weights.save(new StrategyWeight("sma-cross", 0.5, T0));
        LearningAdjustment first = new LearningAdjustment(
                "sma-cross", 0.5, 0.6, "positive edge", new BigDecimal("123.45678901"), T0.plusSeconds(60));
        LearningAdjustment second = new LearningAdjustment(
                "sma-cross", 0.6, 0.4, "drawdown", new BigDecimal("-80.10"), T0.plusSeconds(120));

        weights.apply(first);
        weights.apply(second);

        assertThat(weights.find("sma-cross")).contains(new StrategyWeight("sma-cross", 0.4, T0.plusSeconds(120)));
        assertThat(weights.adjustments("sma-cross", 10)).containsExactly(second, first);
        assertThat(weights.adjustments("sma-cross", 1)).containsExactly(second);
        assertThat(weights.adjustments("rsi-reversion", 10)).isEmpty();
    }

    @Test
    void weight_negativeOrNotFinite_isRefusedNamingIt() {
        assertThatThrownBy(() -> new StrategyWeight("sma-cross", -0.1, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sma-cross")
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new StrategyWeight("sma-cross", Double.NaN, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
