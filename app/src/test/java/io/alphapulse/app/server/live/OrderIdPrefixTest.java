package io.alphapulse.app.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.adapters.sim.Instruments;
import io.alphapulse.engine.model.Instrument;
import org.junit.jupiter.api.Test;

/** Strategies' client order ids differ between runs, so a restart never collides with stored orders. */
class OrderIdPrefixTest {

    private final Instrument btc = Instruments.defaults().stream()
            .filter(instrument -> instrument.id().symbol().equals("BTC-USDT"))
            .findFirst()
            .orElseThrow();

    @Test
    void prefix_namesTheSymbolAndTheRun() {
        assertThat(LiveTrading.orderIdPrefix(btc, "mhz4k2a1")).isEqualTo("BTC-USDT_mhz4k2a1");
        assertThat(LiveTrading.orderIdPrefix(btc, "mhz4k2a2")).isNotEqualTo(LiveTrading.orderIdPrefix(btc, "mhz4k2a1"));
    }

    @Test
    void prefix_fitsTheHostsLimit_withALongSession() {
        String prefix = LiveTrading.orderIdPrefix(btc, "s".repeat(20));
        assertThat(prefix)
                .hasSizeLessThanOrEqualTo(24)
                .matches("[A-Za-z0-9_-]+")
                .endsWith("_" + "s".repeat(20));
    }
}
