package io.alphapulse.bench;

import io.alphapulse.engine.clock.SimulatedClock;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.kernel.Topic;
import io.alphapulse.engine.model.Message;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kernel dispatch: one producer on the kernel thread feeding {@code handlers} subscribers of the
 * message's type topic, each doing a little real work (accumulating the price). Score: ns per event,
 * so events per second = 1e9 / score. Goal: at least 20 million events/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KernelDispatchBenchmark {

    private static final int EVENTS = 1_000_000;

    /** A market-data-like message. */
    public record PriceUpdate(double price, long timestampNanos) implements Message {}

    @Param({"1", "4"})
    public int handlers;

    private PriceUpdate[] events;
    private Kernel kernel;
    private MessageBus bus;
    private Topic<PriceUpdate> topic;
    private final double[] sums = new double[8];

    @Setup(Level.Trial)
    public void createEvents() {
        SyntheticBars bars = SyntheticBars.generate(EVENTS, 7);
        events = new PriceUpdate[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            events[i] = new PriceUpdate(bars.close[i], bars.openTimeMillis[i] * 1_000_000L);
        }
    }

    @Setup(Level.Iteration)
    public void startKernel() {
        kernel = new Kernel(new SimulatedClock(0));
        bus = kernel.bus();
        topic = bus.topic("data.prices", PriceUpdate.class);
        for (int h = 0; h < handlers; h++) {
            int slot = h;
            bus.subscribe(PriceUpdate.class, update -> sums[slot] += update.price());
            bus.subscribe(topic, update -> sums[slot] += update.price());
        }
        kernel.start();
    }

    /** Each event is a full kernel step: type-topic dispatch plus the (empty) queue of sent messages. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double kernelProcess() {
        Kernel k = kernel;
        for (PriceUpdate event : events) {
            k.process(event);
        }
        return sums[0];
    }

    /** A publish on a named topic held by the producer: the bus alone, without the kernel step. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double busPublish() {
        MessageBus b = bus;
        Topic<PriceUpdate> t = topic;
        for (PriceUpdate event : events) {
            b.publish(t, event);
        }
        return sums[0];
    }
}
