package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.ETH;
import static io.alphapulse.engine.execution.VenueHarness.MINUTE;
import static io.alphapulse.engine.execution.VenueHarness.T0;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.orders.TimeInForce.GTC;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Quantity;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backtests replay millions of bars, most of which touch no order: such a bar must not allocate.
 * Measured with the JVM's per-thread allocation counter over pre-built bars; no timing is asserted.
 */
class SimulatedVenueAllocationTest {

    private static final int WARMUP_BARS = 50_000;
    private static final int MEASURED_BARS = 100_000;
    /**
     * Slack for the JIT and the allocation counter touching this thread (a few KB observed); a single
     * 16-byte object per bar would be 1.6 MB.
     */
    private static final long TOLERATED_BYTES = 32 * 1024;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void allocationCounterIsAvailable() {
        assertThat(THREADS.isThreadAllocatedMemorySupported()).isTrue();
        THREADS.setThreadAllocatedMemoryEnabled(true);
        THREADS.getCurrentThreadAllocatedBytes();
    }

    @Test
    void aBarOfAnInstrumentWithoutOrders_allocatesNothing() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.limit(BUY, "1", "1");
        assertThat(bytesAllocatedProcessing(venue, bars(ETH, "2000.00"))).isLessThan(TOLERATED_BYTES);
    }

    @Test
    void aBarOfAnUnlistedInstrument_allocatesNothing() {
        VenueHarness venue = new VenueHarness(richAccount());
        Instrument unlisted = Instrument.of(
                InstrumentId.parse("binance:BTC-USDT"),
                BTC.baseCurrency(),
                BTC.quoteCurrency(),
                "0.01",
                "0.00000001",
                "0");
        assertThat(bytesAllocatedProcessing(venue, bars(unlisted, "100.00"))).isLessThan(TOLERATED_BYTES);
    }

    @Test
    void aBarThatReachesNoneOfTheRestingOrders_allocatesNothing() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.limit(BUY, "1", "1");
        venue.stopMarket(BUY, "1", "1000", GTC);
        venue.stopLimit(BUY, "1", "1000", "1001", GTC);
        assertThat(bytesAllocatedProcessing(venue, bars(BTC, "100.00"))).isLessThan(TOLERATED_BYTES);
        assertThat(venue.venue.openOrderCount()).isEqualTo(3);
    }

    private static long bytesAllocatedProcessing(VenueHarness venue, Bar[] bars) {
        for (int i = 0; i < WARMUP_BARS; i++) {
            venue.kernel.process(bars[i]);
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = WARMUP_BARS; i < bars.length; i++) {
            venue.kernel.process(bars[i]);
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    /** Flat bars at {@code price}, one a minute from {@code T0}, all after the harness's orders. */
    private static Bar[] bars(Instrument instrument, String price) {
        Bar[] bars = new Bar[WARMUP_BARS + MEASURED_BARS];
        var level = instrument.price(price);
        var volume = Quantity.parse("1");
        for (int i = 0; i < bars.length; i++) {
            bars[i] = new Bar(
                    instrument.id(),
                    Timeframe.ONE_MINUTE,
                    T0 + i * MINUTE,
                    level,
                    level,
                    level,
                    level,
                    volume,
                    T0 + (i + 1) * MINUTE);
        }
        return bars;
    }
}
