package io.alphapulse.app.server.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Domain metrics of live trading for {@code /actuator/prometheus}: kernel events and queue, order
 * events by type (accepted, filled, canceled, rejected, ...), fills, rejections, feed delivery and
 * staleness, and the recorder's progress. Counters are fed by a {@link LiveListener} (kernel thread,
 * lock-free increments); gauges read the live status when scraped.
 */
final class TradingMetrics implements MeterBinder, LiveListener {

    private final LiveTrading trading;
    private final Map<String, Counter> orderEvents = new ConcurrentHashMap<>();
    private MeterRegistry registry;
    private Counter fills;
    private Counter rejections;

    TradingMetrics(LiveTrading trading) {
        this.trading = trading;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        FunctionCounter.builder(
                        "alphapulse.kernel.events", trading, t -> t.status().eventsProcessed())
                .description("Messages the trading kernel processed")
                .register(registry);
        Gauge.builder("alphapulse.kernel.queue", trading, t -> t.status().inboundQueued())
                .description("Messages waiting for the trading kernel")
                .register(registry);
        Gauge.builder("alphapulse.kernel.handler.failures", trading, LiveTrading::handlerFailures)
                .description("Kernel handlers that threw (isolated and logged)")
                .register(registry);
        fills = Counter.builder("alphapulse.fills").description("Fills booked").register(registry);
        rejections = Counter.builder("alphapulse.rejections")
                .description("Orders rejected by risk or the venue")
                .register(registry);
        Gauge.builder(
                        "alphapulse.feed.staleness",
                        trading,
                        t -> t.status().feeds().stream()
                                        .mapToLong(TradingStatus.FeedStatus::lastMessageAgeMillis)
                                        .max()
                                        .orElse(-1)
                                / 1000.0)
                .description("Seconds since the stalest feed's last message; negative before its first")
                .baseUnit("seconds")
                .register(registry);
        FunctionCounter.builder("alphapulse.feed.delivered", trading, t -> t.status().feeds().stream()
                        .mapToLong(TradingStatus.FeedStatus::delivered)
                        .sum())
                .description("Market-data messages the feeds delivered to the kernel")
                .register(registry);
        FunctionCounter.builder("alphapulse.feed.refused", trading, t -> t.status().feeds().stream()
                        .mapToLong(TradingStatus.FeedStatus::refused)
                        .sum())
                .description("Market-data messages refused by the full kernel queue (conflated prices)")
                .register(registry);
        FunctionCounter.builder("alphapulse.recorder.written", trading, LiveTrading::recordsWritten)
                .description("Trading records persisted")
                .register(registry);
        FunctionCounter.builder("alphapulse.recorder.dropped", trading, LiveTrading::recordsDropped)
                .description("Trading records dropped because the database did not keep up")
                .register(registry);
    }

    @Override
    public void onEvent(LiveEvent event) {
        if (registry == null) {
            return;
        }
        if (event.topic().equals(LiveEvent.ORDERS)) {
            orderEvents
                    .computeIfAbsent(event.type(), type -> Counter.builder("alphapulse.orders")
                            .description("Order events by type")
                            .tag("event", type)
                            .register(registry))
                    .increment();
            if (event.type().equals("rejected")) {
                rejections.increment();
            }
        } else if (event.topic().equals(LiveEvent.TRADES)) {
            fills.increment();
        }
    }
}
