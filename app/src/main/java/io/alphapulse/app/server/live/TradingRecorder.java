package io.alphapulse.app.server.live;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.portfolio.Position;
import io.alphapulse.engine.trading.Signal;
import io.alphapulse.infra.store.bars.BarRepository;
import io.alphapulse.infra.store.trading.OrderRepository;
import io.alphapulse.infra.store.trading.PortfolioSnapshot;
import io.alphapulse.infra.store.trading.PortfolioSnapshotRepository;
import io.alphapulse.infra.store.trading.PositionRecord;
import io.alphapulse.infra.store.trading.PositionRepository;
import io.alphapulse.infra.store.trading.SignalRepository;
import io.alphapulse.infra.store.trading.UnknownOrderException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists live trading: orders and their events (with fills), positions after each fill, signals,
 * closed bars and portfolio snapshots. The kernel thread only enqueues; one writer thread writes.
 *
 * <p>Overflow policy: the queue holds {@link #CAPACITY} records (hours of normal flow). When it is full
 * the kernel waits up to {@link #BACKPRESSURE} for room (backpressure: trading slows rather than losing
 * records); if the database is still stuck the record is dropped, counted, and the recorder reports
 * itself failed, which the system status and health show. On stop the writer drains what is queued.
 */
final class TradingRecorder implements Component, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TradingRecorder.class);

    static final int CAPACITY = 65_536;
    static final Duration BACKPRESSURE = Duration.ofSeconds(5);
    /** The account id strategies' orders, positions and snapshots are stored under. */
    static final String PAPER_ACCOUNT = "paper";

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final OrderRepository orders;
    private final PositionRepository positions;
    private final SignalRepository signals;
    private final BarRepository bars;
    private final PortfolioSnapshotRepository snapshots;
    private final Portfolio portfolio;
    private final Map<String, UUID> owners;
    private final Thread writer;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private volatile boolean running = true;
    private volatile String failure;

    TradingRecorder(
            OrderRepository orders,
            PositionRepository positions,
            SignalRepository signals,
            BarRepository bars,
            PortfolioSnapshotRepository snapshots,
            Portfolio portfolio,
            Map<String, UUID> owners) {
        this.orders = orders;
        this.positions = positions;
        this.signals = signals;
        this.bars = bars;
        this.snapshots = snapshots;
        this.portfolio = portfolio;
        this.owners = owners;
        this.writer =
                Thread.ofPlatform().name("alphapulse-recorder").daemon(true).unstarted(this::drain);
    }

    void start() {
        writer.start();
    }

    @Override
    public String name() {
        return "recorder";
    }

    @Override
    public void onStart(Kernel kernel) {
        MessageBus bus = kernel.bus();
        bus.subscribe(bus.topic(OrderTopics.EVENTS, OrderEvent.class), event -> {
            enqueue(event);
            if (event instanceof OrderFillEvent fill) {
                Position position = portfolio.positions().get(fill.instrumentId());
                if (position != null) {
                    enqueue(PositionRecord.of(
                            PAPER_ACCOUNT, position, Instant.ofEpochSecond(0, fill.timestampNanos())));
                }
            }
        });
        bus.subscribe(bus.topic(Signal.TOPIC, Signal.class), this::enqueue);
        bus.subscribe(Bar.class, this::enqueue);
    }

    /** Queues a new order; called before the venue sees it, so it is stored before its events. */
    void onCommand(OrderCommand command) {
        if (command instanceof SubmitOrder submit) {
            enqueue(submit);
        }
    }

    /** Queues a portfolio snapshot (kernel thread). */
    void snapshot(PortfolioSnapshot snapshot) {
        enqueue(snapshot);
    }

    /** Queues a manual order the risk engine refused: stored as submitted, then rejected. */
    void denied(SubmitOrder order, String reason) {
        enqueue(new Denied(
                order, new OrderRejected(order.clientOrderId(), order.instrumentId(), reason, order.timestampNanos())));
    }

    private void enqueue(Object record) {
        if (queue.offer(record)) {
            return;
        }
        try {
            if (queue.offer(record, BACKPRESSURE.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        dropped.incrementAndGet();
        failure = "the database did not keep up: the recorder queue of " + CAPACITY + " stayed full for "
                + BACKPRESSURE.toSeconds() + " s";
        log.error("Dropped a {} record: {}", record.getClass().getSimpleName(), failure);
    }

    private void drain() {
        while (running || !queue.isEmpty()) {
            Object record;
            try {
                record = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                continue;
            }
            if (record != null) {
                write(record);
            }
        }
    }

    private void write(Object record) {
        try {
            switch (record) {
                case SubmitOrder submit -> orders.recordInProcessSubmission(submit, accountOf(submit));
                case Denied denied -> {
                    orders.recordInProcessSubmission(denied.order(), accountOf(denied.order()));
                    orders.apply(denied.rejection());
                }
                case OrderEvent event -> orders.apply(event);
                case PositionRecord position -> positions.upsert(position);
                case Signal signal -> signals.append(signal);
                case Bar bar -> bars.upsert(single(bar));
                case PortfolioSnapshot snapshot -> snapshots.append(snapshot);
                default ->
                    throw new IllegalArgumentException(
                            "cannot record " + record.getClass().getName());
            }
            written.incrementAndGet();
        } catch (UnknownOrderException unknown) {
            // A strategy's order refused by the risk engine: only its rejection reaches the bus.
            if (!(record instanceof OrderRejected)) {
                writeFailed(record, unknown);
            }
        } catch (SQLException | RuntimeException failed) {
            writeFailed(record, failed);
        }
    }

    private void writeFailed(Object record, Exception failed) {
        writeFailures.incrementAndGet();
        log.error("Could not record {}: {}", record.getClass().getSimpleName(), failed.toString());
    }

    private String accountOf(SubmitOrder order) {
        UUID owner = owners.get(order.clientOrderId().value());
        return owner == null ? PAPER_ACCOUNT : owner.toString();
    }

    private static BarSeries single(Bar bar) {
        return BarSeries.builder(bar.instrumentId(), bar.timeframe(), bar.priceScale(), bar.volumeScale(), 1)
                .add(bar.openTimeNanos(), bar.openRaw(), bar.highRaw(), bar.lowRaw(), bar.closeRaw(), bar.volumeRaw())
                .build();
    }

    long written() {
        return written.get();
    }

    long dropped() {
        return dropped.get();
    }

    long writeFailures() {
        return writeFailures.get();
    }

    int queued() {
        return queue.size();
    }

    /** Why the recorder is failing, or {@code null} while it keeps up. */
    String failure() {
        return failure;
    }

    /** Stops taking records, writes what is queued, and waits for the writer (at most 30 s). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(Duration.ofSeconds(30));
        if (!queue.isEmpty()) {
            log.error("{} record(s) were still queued when the recorder stopped", queue.size());
        }
    }

    private record Denied(SubmitOrder order, OrderRejected rejection) {}
}
