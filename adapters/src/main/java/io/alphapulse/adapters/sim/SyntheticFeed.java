package io.alphapulse.adapters.sim;

import io.alphapulse.engine.clock.WallClock;
import io.alphapulse.engine.data.MarketData;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Drives a {@link SyntheticMarket} in real time: the live market data of the simulated venue.
 *
 * <p>A daemon thread ({@code alphapulse-sim-feed}) wakes every {@code interval}, advances the market
 * to the clock's time and offers each event to the sink, normally {@code LiveKernel::offer}.
 * Overflow policy: prices conflate. A refused trade or quote is dropped and counted ({@link
 * #refused()}), because the next one supersedes it; the feed never blocks on the kernel. After a gap
 * longer than {@code maxCatchUp} (the machine slept, the thread was starved) the market skips ahead
 * instead of printing the missed hours in one burst.
 *
 * <p>The market belongs to the feed thread once {@link #start()} is called; the counters and
 * staleness readings are safe to read from any thread.
 */
public final class SyntheticFeed implements AutoCloseable {

    /** How often the feed wakes by default. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);

    /** The longest gap the feed replays by default; longer gaps are skipped. */
    public static final Duration DEFAULT_MAX_CATCH_UP = Duration.ofSeconds(5);

    private static final long NONE = Long.MIN_VALUE;

    private final SyntheticMarket market;
    private final MarketDataSink sink;
    private final LongSupplier clockNanos;
    private final long intervalNanos;
    private final long maxCatchUpNanos;
    private final Thread thread;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Object lifecycle = new Object();
    private volatile long lastEventTimeNanos = NONE;
    private volatile boolean running;
    private volatile Throwable failure;
    private boolean started;

    /**
     * A feed on the system's wall clock with the default interval and catch-up.
     *
     * @param market a market started at about the current wall-clock time
     * @param sink where events go, e.g. {@code liveKernel::offer}
     */
    public SyntheticFeed(SyntheticMarket market, MarketDataSink sink) {
        this(market, sink, wallClockNanos(), DEFAULT_INTERVAL, DEFAULT_MAX_CATCH_UP);
    }

    /** A feed on the system's wall clock that wakes every {@code interval}, with the default catch-up. */
    public SyntheticFeed(SyntheticMarket market, MarketDataSink sink, Duration interval) {
        this(market, sink, wallClockNanos(), interval, DEFAULT_MAX_CATCH_UP);
    }

    // A WallClock is not thread-safe, and staleness is read from other threads than the feed's.
    private static LongSupplier wallClockNanos() {
        WallClock clock = new WallClock();
        return () -> {
            synchronized (clock) {
                return clock.timestampNanos();
            }
        };
    }

    /**
     * @param market the market to drive; the feed thread owns it after {@link #start()}
     * @param sink where events go; must not block
     * @param clockNanos the time now in epoch nanoseconds, never decreasing; read on the feed thread
     *     and by {@link #lastMessageAgeNanos()}, so it must be thread-safe
     * @param interval how often the feed wakes, positive
     * @param maxCatchUp the longest gap replayed trade by trade; longer gaps are skipped
     */
    public SyntheticFeed(
            SyntheticMarket market,
            MarketDataSink sink,
            LongSupplier clockNanos,
            Duration interval,
            Duration maxCatchUp) {
        this.market = Objects.requireNonNull(market, "market");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clockNanos = Objects.requireNonNull(clockNanos, "clockNanos");
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("feed interval must be positive, was " + interval);
        }
        if (maxCatchUp == null || maxCatchUp.isNegative()) {
            throw new IllegalArgumentException("max catch-up must not be negative, was " + maxCatchUp);
        }
        this.intervalNanos = interval.toNanos();
        this.maxCatchUpNanos = maxCatchUp.toNanos();
        this.thread =
                Thread.ofPlatform().name("alphapulse-sim-feed").daemon(true).unstarted(this::loop);
    }

    /**
     * Starts the feed thread.
     *
     * @throws IllegalStateException if the feed was started or stopped before (it does not restart)
     */
    public void start() {
        synchronized (lifecycle) {
            if (started) {
                throw new IllegalStateException("synthetic feed was already started or stopped; build a new one");
            }
            started = true;
            running = true;
            thread.start();
        }
    }

    /** Stops the feed and waits for its thread to end. Idempotent; a feed never started just stays so. */
    public void stop() throws InterruptedException {
        synchronized (lifecycle) {
            started = true; // a stopped feed cannot be started
            running = false;
        }
        thread.interrupt();
        // A sink that stops the feed from the feed thread must not wait for itself.
        if (thread.isAlive() && Thread.currentThread() != thread) {
            thread.join();
        }
    }

    /**
     * {@link #stop()} for try-with-resources: if interrupted while waiting for the thread, keeps the
     * interrupt flag set and returns (the thread still ends, being a stopped daemon).
     */
    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the feed thread is running. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Events the sink took. */
    public long delivered() {
        return delivered.get();
    }

    /** Events the sink refused (queue full or closed), conflated away. */
    public long refused() {
        return refused.get();
    }

    /** The exception that ended the feed thread, or {@code null}. */
    public Throwable failure() {
        return failure;
    }

    /** Event time of the last event the sink took, epoch nanoseconds; {@link Long#MIN_VALUE} if none yet. */
    public long lastEventTimeNanos() {
        return lastEventTimeNanos;
    }

    /**
     * How old the last delivered event is, by the feed's clock: for staleness reporting. {@link
     * Long#MAX_VALUE} before the first delivery.
     */
    public long lastMessageAgeNanos() {
        long last = lastEventTimeNanos;
        if (last == NONE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, clockNanos.getAsLong() - last);
    }

    private void loop() {
        try {
            while (running) {
                step();
                TimeUnit.NANOSECONDS.sleep(intervalNanos);
            }
        } catch (InterruptedException stopping) {
            // stop() interrupts to wake us; the thread ends.
        } catch (RuntimeException crash) {
            failure = crash;
        } finally {
            running = false;
        }
    }

    private void step() {
        long now = clockNanos.getAsLong();
        if (now <= market.timeNanos()) {
            return;
        }
        if (now - market.timeNanos() > maxCatchUpNanos) {
            market.skipTo(now - maxCatchUpNanos);
        }
        market.advanceTo(now, this::hand);
    }

    private void hand(MarketData event) {
        if (sink.offer(event)) {
            delivered.incrementAndGet();
            lastEventTimeNanos = event.timestampNanos();
        } else {
            refused.incrementAndGet();
        }
    }
}
