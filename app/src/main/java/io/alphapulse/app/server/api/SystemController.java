package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.TradingStatus;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.health.DatabaseHealth;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/system}: component health and a summary of the platform's counters. */
@RestController
@RequestMapping("/api/system")
@io.swagger.v3.oas.annotations.tags.Tag(name = "system", description = "Health and metrics")
public class SystemController {

    /** Meters under this prefix are the platform's own. */
    static final String METER_PREFIX = "alphapulse.";

    private final LiveView view;
    private final ObjectProvider<Database> database;
    private final ObjectProvider<MeterRegistry> meters;

    public SystemController(LiveView view, ObjectProvider<Database> database, ObjectProvider<MeterRegistry> meters) {
        this.view = view;
        this.database = database;
        this.meters = meters;
    }

    /** Overall {@code up} when every component is, else {@code degraded}; each component with its own status. */
    public record Status(String status, Components components, long ts) {}

    public record Components(
            Component database,
            Component bus,
            Kernel kernel,
            List<Venue> venues,
            List<TradingStatus.FeedStatus> feeds) {}

    /** A component's status ({@code up}, {@code down}) and why. */
    public record Component(String status, String detail, Long latencyMillis) {}

    public record Kernel(String status, long eventsProcessed, int inboundQueued) {}

    public record Venue(String name, String status) {}

    /** The headline counters, and every {@code alphapulse.*} meter with its tags. */
    public record Metrics(
            long eventsProcessed,
            int inboundQueued,
            Map<String, Long> ordersByStatus,
            Map<String, Double> totals,
            List<MeterValue> meters,
            long ts) {}

    /** One meter: its statistics ({@code count}, {@code value}, {@code total}, ...) by name. */
    public record MeterValue(String name, String type, Map<String, String> tags, Map<String, Double> values) {}

    @GetMapping("/status")
    @Operation(summary = "Health of the database, bus, kernel, venues and feeds (with last-message age)")
    public Status status() {
        TradingStatus trading = view.status();
        Component db = databaseStatus();
        Component bus = new Component("up", "in-process", null);
        Kernel kernel =
                new Kernel(trading.kernelAlive() ? "up" : "down", trading.eventsProcessed(), trading.inboundQueued());
        List<Venue> venues = new ArrayList<>();
        for (String venue : trading.venues()) {
            boolean running = trading.feeds().stream()
                    .filter(feed -> feed.venue().equals(venue))
                    .anyMatch(feed -> feed.running() && !feed.stale());
            venues.add(new Venue(venue, running ? "up" : "degraded"));
        }
        boolean allUp = db.status().equals("up")
                && trading.kernelAlive()
                && venues.stream().allMatch(venue -> venue.status().equals("up"))
                && trading.feeds().stream().allMatch(feed -> feed.running() && !feed.stale());
        return new Status(
                allUp ? "up" : "degraded",
                new Components(db, bus, kernel, venues, trading.feeds()),
                System.currentTimeMillis());
    }

    @GetMapping("/metrics")
    @Operation(
            summary = "Key counters: events processed, orders by status (as visible to the caller), and every"
                    + " alphapulse.* meter")
    public Metrics metrics(@Parameter(hidden = true) CurrentUser user) {
        TradingStatus trading = view.status();
        Map<String, Long> ordersByStatus = new TreeMap<>();
        for (OrderView order : view.orders(user.id())) {
            ordersByStatus.merge(order.status(), 1L, Long::sum);
        }
        List<MeterValue> values = new ArrayList<>();
        Map<String, Double> totals = new TreeMap<>();
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            for (Meter meter : registry.getMeters()) {
                String name = meter.getId().getName();
                if (!name.startsWith(METER_PREFIX)) {
                    continue;
                }
                Map<String, String> tags = new TreeMap<>();
                for (Tag tag : meter.getId().getTags()) {
                    tags.put(tag.getKey(), tag.getValue());
                }
                Map<String, Double> measured = new LinkedHashMap<>();
                for (Measurement measurement : meter.measure()) {
                    double value = measurement.getValue();
                    measured.put(
                            measurement.getStatistic().name().toLowerCase(java.util.Locale.ROOT),
                            Double.isFinite(value) ? value : null);
                }
                values.add(new MeterValue(
                        name, meter.getId().getType().name().toLowerCase(java.util.Locale.ROOT), tags, measured));
                Double primary = measured.getOrDefault("count", measured.get("value"));
                if (primary != null) {
                    totals.merge(name, primary, Double::sum);
                }
            }
        }
        values.sort(Comparator.comparing(MeterValue::name)
                .thenComparing(value -> value.tags().toString()));
        return new Metrics(
                trading.eventsProcessed(),
                trading.inboundQueued(),
                ordersByStatus,
                totals,
                values,
                System.currentTimeMillis());
    }

    private Component databaseStatus() {
        Database db = database.getIfAvailable();
        if (db == null) {
            return new Component("down", "no database configured", null);
        }
        DatabaseHealth health = DatabaseHealth.check(db);
        return new Component(
                health.isUp() ? "up" : "down", health.reason(), health.latency().toMillis());
    }
}
