package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * update() and the getters must not allocate: the kernel calls them for every bar of every
 * instrument. Measured with the JVM's per-thread allocation counter; no timing is asserted.
 */
class AllocationFreeUpdateTest {

    private static final int WARMUP_UPDATES = 20_000;
    private static final int MEASURED_UPDATES = 100_000;
    /** Slack for the JIT (e.g. a deoptimization) touching this thread; any per-update garbage is MBs. */
    private static final long TOLERATED_BYTES = 1024;

    private static final SyntheticBars BARS = new SyntheticBars(42, WARMUP_UPDATES + MEASURED_UPDATES, 30_000);
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Stream<Named<IndicatorCatalog.Case>> indicators() {
        return IndicatorCatalog.all();
    }

    @BeforeAll
    static void allocationCounterIsAvailable() {
        assertThat(THREADS.isThreadAllocatedMemorySupported()).isTrue();
        THREADS.setThreadAllocatedMemoryEnabled(true);
        // the first call may initialise the counter's own machinery
        THREADS.getCurrentThreadAllocatedBytes();
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void update_afterWarmup_allocatesNothing(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();
        double checksum = feed(indicator, 0, WARMUP_UPDATES);

        long before = THREADS.getCurrentThreadAllocatedBytes();
        checksum += feed(indicator, WARMUP_UPDATES, WARMUP_UPDATES + MEASURED_UPDATES);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated)
                .as("bytes allocated by %d updates", MEASURED_UPDATES)
                .isLessThan(TOLERATED_BYTES);
        // keeps the loop's results alive, so nothing is optimized away
        assertThat(checksum).isNotNaN();
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void seriesUpdate_afterWarmup_allocatesNothing(IndicatorCatalog.Case indicatorCase) {
        if (!(indicatorCase.create() instanceof SeriesIndicator indicator)) {
            return;
        }
        double[] closes = BARS.close;
        for (int i = 0; i < WARMUP_UPDATES; i++) {
            indicator.update(closes[i]);
        }
        double checksum = 0;

        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = WARMUP_UPDATES; i < WARMUP_UPDATES + MEASURED_UPDATES; i++) {
            indicator.update(closes[i]);
            checksum += indicator.value();
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated)
                .as("bytes allocated by %d updates", MEASURED_UPDATES)
                .isLessThan(TOLERATED_BYTES);
        assertThat(checksum).isNotNaN();
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void reset_allocatesNothing(IndicatorCatalog.Case indicatorCase) {
        Indicator indicator = indicatorCase.create();
        feed(indicator, 0, WARMUP_UPDATES);

        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1000; i++) {
            indicator.reset();
            BARS.feed(indicator, i);
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).isLessThan(TOLERATED_BYTES);
    }

    /** Sums value() so that reading, too, is measured; NaN-free once every indicator is warm. */
    private static double feed(Indicator indicator, int from, int to) {
        double checksum = 0;
        for (int i = from; i < to; i++) {
            BARS.feed(indicator, i);
            double value = indicator.value();
            if (!Double.isNaN(value)) {
                checksum += value;
            }
        }
        return checksum;
    }
}
