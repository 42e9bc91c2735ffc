package io.alphapulse.bench;

import io.alphapulse.engine.clock.WallClock;
import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.execution.FixedBpsSlippage;
import io.alphapulse.engine.execution.MakerTakerFeeModel;
import io.alphapulse.engine.execution.MatchingSource;
import io.alphapulse.engine.execution.NoFillLimit;
import io.alphapulse.engine.execution.SimulatedVenue;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.LiveKernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.risk.RiskEngine;
import io.alphapulse.engine.risk.TradingState;
import io.alphapulse.engine.strategy.Strategy;
import io.alphapulse.engine.strategy.StrategyContext;
import io.alphapulse.engine.trading.PortfolioComponent;
import io.alphapulse.engine.trading.StrategyHost;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;

/**
 * Measures tick-to-order latency in process, as paper trading runs: from the moment a trade is handed
 * to the kernel to the moment the order it caused is handed to the venue. A latency distribution across
 * threads, so it is a timing main rather than a JMH benchmark:
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar io.alphapulse.bench.TickToOrderLatency [--rate 100000]
 *     [--warmup 200000] [--ticks 1000000] [--mode both|queued|direct] [--capacity 65536]
 *     [--session-ticks 0]
 * }</pre>
 *
 * <p>The components are those of live paper trading, registered in the same order, on a {@link
 * WallClock}: a {@link SimulatedVenue} matching on trades, a {@link PortfolioComponent} and a {@link
 * StrategyHost} (default risk chain) running a strategy that asks to be long when flat and flat when
 * long, on every trade. The venue fills the previous order at each trade before the host sees it, so
 * every trade after the first produces one order: a quote-quantity market buy with all the cash, then
 * a market sell of the whole position, and so on. Fees and slippage are zero and prices oscillate
 * around 100, so the cash neither drains nor explodes.
 *
 * <p>A probe registered <em>before</em> the venue reads each trade's sequence number (in its trade id)
 * and, on the orders commands topic, records {@code System.nanoTime()} minus the time the trade was
 * handed over into an HdrHistogram. Inside the measurement: the venue filling the previous order on
 * this trade and the portfolio booking it, the strategy, its signal, the risk checks and the order
 * tracking; the venue's handling of the new order is not.
 *
 * <p>Two modes: <b>queued</b>, a producer thread offering trades at a steady rate into {@link
 * LiveKernel#offer} (the live path, including the hop through the bounded inbound queue and the wake-up
 * of the kernel thread; a trade refused by a full queue is dropped and counted, the queue's overflow
 * policy for prices); <b>direct</b>, {@link Kernel#process} on the calling thread at the same rate,
 * which leaves the queue hop out. The ingress time is taken just before the hand-over, after the trade
 * object is built.
 *
 * <p>The strategy host's order list and the venue's used client order ids are bounded (the last
 * {@code OrderTracker.FINISHED_KEPT} finished orders, the last {@code SimulatedVenue.REMEMBERED_ORDER_IDS}
 * ids); only the portfolio's round trips grow with every closed position, so a run of a million orders
 * holds those in the heap, as a live server would after a million orders. {@code --session-ticks N}
 * builds a fresh kernel and fresh components every {@code N} trades instead, which bounds the round trips
 * too and shows the latency of the path itself; the measurement and the price walk carry on across
 * sessions.
 */
public final class TickToOrderLatency {

    private static final Instrument BTC =
            Instrument.of(InstrumentId.parse("sim:BTC-USDT"), Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");
    private static final String TRADE_ID_PREFIX = "b";
    private static final Quantity TRADE_SIZE = BTC.quantity("0.5");
    // Prices stay within 95.00..105.00, in steps of up to 5 ticks.
    private static final long MIN_PRICE_RAW = 9_500;
    private static final long MAX_PRICE_RAW = 10_500;
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private TickToOrderLatency() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.println("usage: TickToOrderLatency [--rate TICKS_PER_SECOND (100000)] [--warmup N (200000)]"
                    + " [--ticks N (1000000)] [--mode both|queued|direct (both)] [--capacity N (65536)]"
                    + " [--session-ticks N (0: one session)]");
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "tick-to-order latency: %,d ticks/s, %,d warm-up + %,d measured ticks, %s; %s, %d processors%n",
                options.rate,
                options.warmup,
                options.ticks,
                options.sessionTicks == 0
                        ? "one kernel for the whole run"
                        : String.format(Locale.ROOT, "a fresh kernel every %,d ticks", options.sessionTicks),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        if (!options.mode.equals("direct")) {
            report(out, "queued (producer thread -> LiveKernel.offer -> kernel thread)", runQueued(options));
        }
        if (!options.mode.equals("queued")) {
            report(out, "direct (Kernel.process on the producer thread)", runDirect(options));
        }
    }

    private static Measurement runQueued(Options options) throws InterruptedException {
        Measurement measurement = new Measurement(options);
        Producer producer = new Producer(options, measurement);
        for (int from = 0; from < measurement.total; from += options.sessionTicks(measurement.total)) {
            int to = Math.min(measurement.total, from + options.sessionTicks(measurement.total));
            WallClock clock = new WallClock();
            Kernel kernel = new Kernel(clock);
            register(kernel, measurement);
            LiveKernel live = new LiveKernel(kernel, clock, options.capacity, failure -> failure.printStackTrace());
            live.start();
            try {
                producer.run(from, to, live::offer, live::isAlive);
            } finally {
                live.close();
            }
            if (live.crash() != null) {
                throw new IllegalStateException("the kernel thread failed", live.crash());
            }
        }
        measurement.finish();
        return measurement;
    }

    private static Measurement runDirect(Options options) {
        Measurement measurement = new Measurement(options);
        Producer producer = new Producer(options, measurement);
        for (int from = 0; from < measurement.total; from += options.sessionTicks(measurement.total)) {
            int to = Math.min(measurement.total, from + options.sessionTicks(measurement.total));
            Kernel kernel = new Kernel(new WallClock());
            register(kernel, measurement);
            kernel.start();
            producer.run(
                    from,
                    to,
                    trade -> {
                        kernel.process(trade);
                        return true;
                    },
                    () -> true);
            kernel.stop();
        }
        measurement.finish();
        return measurement;
    }

    /** Registers the probe, then the components in the order live paper trading registers them. */
    private static void register(Kernel kernel, Measurement measurement) {
        Portfolio portfolio = new Portfolio(List.of(BTC), List.of(Money.of("1000000", Currency.USDT)));
        kernel.register(new Probe(measurement));
        kernel.register(new SimulatedVenue(
                SimulatedVenue.DEFAULT_NAME,
                List.of(BTC),
                portfolio,
                MakerTakerFeeModel.flat(BigDecimal.ZERO),
                FixedBpsSlippage.none(),
                new NoFillLimit(),
                MatchingSource.TRADES));
        kernel.register(new PortfolioComponent(portfolio));
        kernel.register(new StrategyHost(
                "flip", new FlipStrategy(), BTC, portfolio, RiskEngine.defaultChain(), () -> TradingState.ACTIVE));
    }

    private static void report(PrintStream out, String mode, Measurement result) {
        Histogram histogram = result.histogram;
        out.printf(Locale.ROOT, "%n%s%n", mode);
        out.printf(
                Locale.ROOT,
                "  measured ticks %,d, orders %,d, ticks without an order %,d, dropped (queue full) %,d%n",
                result.measuredTicks,
                histogram.getTotalCount(),
                result.measuredTicks - histogram.getTotalCount(),
                result.dropped);
        out.printf(
                Locale.ROOT,
                "  p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  (mean %.2f µs)%n",
                micros(histogram.getValueAtPercentile(50)),
                micros(histogram.getValueAtPercentile(90)),
                micros(histogram.getValueAtPercentile(99)),
                micros(histogram.getValueAtPercentile(99.9)),
                micros(histogram.getMaxValue()),
                histogram.getMean() / 1_000.0);
        out.printf(
                Locale.ROOT,
                "  garbage collection while measuring: %d collections, %d ms%n",
                result.gc.collections,
                result.gc.millis);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1_000.0);
    }

    /** Wants to be long when flat and flat when long, on every trade: one order per trade. */
    private static final class FlipStrategy implements Strategy {

        private StrategyContext context;

        @Override
        public void onStart(StrategyContext context) {
            this.context = context;
        }

        @Override
        public double onBar(Bar bar) {
            return 0;
        }

        @Override
        public double onTrade(TradeTick trade) {
            return context.position() == PositionSide.FLAT ? 1 : -1;
        }
    }

    /** What one mode measured: the ingress time of every trade and the latency of every order. */
    private static final class Measurement {

        final int warmup;
        final int total;
        final long[] ingressNanos;
        final Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        // Written by the kernel thread only (one at a time: sessions follow each other).
        volatile int processedTicks;
        long measuredTicks;
        long dropped;
        GcSnapshot gc;
        private GcSnapshot gcAtWarmupEnd;

        Measurement(Options options) {
            this.warmup = options.warmup;
            this.total = options.warmup + options.ticks;
            this.ingressNanos = new long[total];
        }

        void warmupDone() {
            gcAtWarmupEnd = GcSnapshot.now();
        }

        void finish() {
            gc = GcSnapshot.now().minus(gcAtWarmupEnd == null ? GcSnapshot.now() : gcAtWarmupEnd);
        }
    }

    /**
     * First component on the kernel: notes which trade is being processed and records the latency of
     * each order submitted while it is, before the venue sees the order.
     */
    private static final class Probe implements Component {

        private final Measurement measurement;
        private int current = -1;

        Probe(Measurement measurement) {
            this.measurement = measurement;
        }

        @Override
        public String name() {
            return "latency-probe";
        }

        @Override
        public void onStart(Kernel kernel) {
            MessageBus bus = kernel.bus();
            bus.subscribe(TradeTick.class, this::onTrade);
            bus.subscribe(bus.topic(OrderTopics.COMMANDS, OrderCommand.class), this::onCommand);
        }

        private void onTrade(TradeTick trade) {
            String id = trade.tradeId();
            current = Integer.parseInt(id, TRADE_ID_PREFIX.length(), id.length(), 10);
            if (current >= measurement.warmup) {
                measurement.measuredTicks++;
            }
            measurement.processedTicks++;
        }

        private void onCommand(OrderCommand command) {
            long now = System.nanoTime();
            if (command instanceof SubmitOrder && current >= measurement.warmup) {
                measurement.histogram.recordValue(now - measurement.ingressNanos[current]);
            }
        }
    }

    /** What to do with each trade: hand it to the kernel; {@code false} when it was refused. */
    @FunctionalInterface
    private interface Sink {
        boolean accept(TradeTick trade);
    }

    /** Builds trades on a seeded random walk and hands them over at a steady rate. */
    private static final class Producer {

        private final Options options;
        private final Measurement measurement;
        private final SplittableRandom random = new SplittableRandom(42);
        private final long epochBaseNanos = System.currentTimeMillis() * 1_000_000L;
        private final long monotonicBaseNanos = System.nanoTime();
        private long priceRaw = 10_000;

        Producer(Options options, Measurement measurement) {
            this.options = options;
            this.measurement = measurement;
        }

        /**
         * Hands over trades {@code from} (inclusive) to {@code to} at the configured rate, counted from
         * now, then waits until the kernel has processed every trade it took.
         *
         * @param kernelAlive whether the kernel thread still runs; the wait ends with an exception if not
         */
        void run(int from, int to, Sink sink, BooleanSupplier kernelAlive) {
            long intervalNanos = Math.max(1, 1_000_000_000L / options.rate);
            long start = System.nanoTime();
            for (int index = from; index < to; index++) {
                if (index == measurement.warmup) {
                    measurement.warmupDone();
                }
                long due = start + (index - from) * intervalNanos;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                priceRaw = Math.clamp(priceRaw + random.nextInt(-5, 6), MIN_PRICE_RAW, MAX_PRICE_RAW);
                TradeTick trade = new TradeTick(
                        BTC.id(),
                        new Price(priceRaw, BTC.priceScale()),
                        TRADE_SIZE,
                        (index & 1) == 0 ? OrderSide.BUY : OrderSide.SELL,
                        TRADE_ID_PREFIX + index,
                        epochBaseNanos + (System.nanoTime() - monotonicBaseNanos));
                measurement.ingressNanos[index] = System.nanoTime();
                if (!sink.accept(trade)) {
                    measurement.dropped++;
                }
            }
            long handedOver = to - measurement.dropped;
            while (measurement.processedTicks < handedOver) {
                if (!kernelAlive.getAsBoolean()) {
                    throw new IllegalStateException("the kernel thread ended after " + measurement.processedTicks
                            + " of " + handedOver + " trades");
                }
                Thread.onSpinWait();
            }
        }
    }

    private record GcSnapshot(long collections, long millis) {

        static GcSnapshot now() {
            long collections = 0;
            long millis = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new GcSnapshot(collections, millis);
        }

        GcSnapshot minus(GcSnapshot earlier) {
            return new GcSnapshot(collections - earlier.collections, millis - earlier.millis);
        }
    }

    /** @param sessionTicks trades per kernel and component set; 0 for one set for the whole run */
    private record Options(int rate, int warmup, int ticks, String mode, int capacity, int sessionTicks) {

        int sessionTicks(int total) {
            return sessionTicks == 0 ? total : sessionTicks;
        }

        static Options parse(String[] args) {
            int rate = 100_000;
            int warmup = 200_000;
            int ticks = 1_000_000;
            String mode = "both";
            int capacity = 65_536;
            int sessionTicks = 0;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--rate" -> rate = positive(name, value);
                    case "--warmup" -> warmup = nonNegative(name, value);
                    case "--ticks" -> ticks = positive(name, value);
                    case "--capacity" -> capacity = positive(name, value);
                    case "--session-ticks" -> sessionTicks = nonNegative(name, value);
                    case "--mode" -> {
                        if (!List.of("both", "queued", "direct").contains(value)) {
                            throw new IllegalArgumentException("--mode must be both, queued or direct, was " + value);
                        }
                        mode = value;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if ((long) warmup + ticks > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("--warmup plus --ticks is too large");
            }
            return new Options(rate, warmup, ticks, mode, capacity, sessionTicks);
        }

        private static int positive(String name, String value) {
            int parsed = nonNegative(name, value);
            if (parsed == 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return parsed;
        }

        private static int nonNegative(String name, String value) {
            try {
                int parsed = Integer.parseInt(value.replace("_", ""));
                if (parsed < 0) {
                    throw new IllegalArgumentException(name + " must not be negative, was " + value);
                }
                return parsed;
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(name + " must be a whole number, was " + value);
            }
        }
    }
}
