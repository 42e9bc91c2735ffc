package io.alphapulse.engine.trading;

import io.alphapulse.engine.clock.Clock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.BarAggregator;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import java.util.Optional;

/**
 * Builds live bars of one timeframe from the trades the kernel sees, for strategies and storage. A
 * bar closes when a trade of a later bar arrives or, in a quiet market, when the clock reaches the
 * bar's close: a timer fires at exact boundaries ({@code openTimeOf(start) + k × duration}, computed
 * from the start so it never drifts). Each closed bar is sent as a step of its own, after the message
 * that closed it.
 */
public final class BarAggregatorComponent implements Component {

    private final BarAggregator aggregator;

    public BarAggregatorComponent(Timeframe timeframe) {
        this.aggregator = new BarAggregator(timeframe);
    }

    @Override
    public String name() {
        return "bars-" + aggregator.timeframe();
    }

    /** The aggregation state: late-trade count, instruments with an open bar. */
    public BarAggregator aggregator() {
        return aggregator;
    }

    @Override
    public void onStart(Kernel kernel) {
        kernel.bus().subscribe(TradeTick.class, trade -> {
            Optional<Bar> closed = aggregator.onTrade(trade);
            closed.ifPresent(kernel::send);
        });
        Clock clock = kernel.clock();
        clock.setTimer(
                name(),
                aggregator.timeframe().durationNanos(),
                aggregator.timeframe().openTimeOf(clock.timestampNanos()),
                Clock.NO_STOP,
                event -> {
                    for (Bar bar : aggregator.closeUpTo(event.scheduledTimeNanos())) {
                        kernel.send(bar);
                    }
                });
    }

    @Override
    public void onStop(Kernel kernel) {
        kernel.clock().cancelTimer(name());
    }
}
