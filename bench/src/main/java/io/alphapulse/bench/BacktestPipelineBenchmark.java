package io.alphapulse.bench;

import io.alphapulse.engine.backtest.BacktestResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole backtest pipeline on 2,000,000 one-minute bars held in memory: bars → indicators →
 * {@code sma-cross} → risk → simulated venue → exact portfolio → equity and metrics. Score: ns per
 * bar, so events per second = 1e9 / score. ta4j is compared on {@link BacktestPipelineVsTa4jBenchmark}:
 * its indicator cache stops growing at 1,000,000 entries, and beyond that every value it stores copies
 * the whole cache, so a 2,000,000-bar run does not finish in minutes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class BacktestPipelineBenchmark {

    static final int BARS = 2_000_000;

    private PipelineData data;

    @Setup(Level.Trial)
    public void loadData() {
        data = new PipelineData(BARS, false);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public BacktestResult alphapulse() {
        return data.runAlphaPulse();
    }
}
