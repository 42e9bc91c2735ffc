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
import org.ta4j.core.TradingRecord;

/**
 * AlphaPulse's backtest pipeline side by side with ta4j's {@code BarSeriesManager} (DoubleNum, the
 * same SMA(10)/SMA(30) crossing rules, {@code TradeOnNextOpenModel}, linear 0.1% cost) on the same
 * 800,000 one-minute bars: the largest round size below ta4j's 1,000,000-entry indicator cache cap.
 * ta4j simulates no orders and keeps no exact accounting, so it does less work. Score: ns per bar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class BacktestPipelineVsTa4jBenchmark {

    static final int BARS = 800_000;

    private PipelineData data;

    @Setup(Level.Trial)
    public void loadData() {
        data = new PipelineData(BARS, true);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public BacktestResult alphapulse() {
        return data.runAlphaPulse();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public TradingRecord ta4jBarSeriesManager() {
        return data.runTa4j();
    }
}
