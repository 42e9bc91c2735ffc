package io.alphapulse.bench;

import io.alphapulse.engine.indicators.AverageTrueRange;
import io.alphapulse.engine.indicators.ExponentialMovingAverage;
import io.alphapulse.engine.indicators.Macd;
import io.alphapulse.engine.indicators.RelativeStrengthIndex;
import io.alphapulse.engine.indicators.SimpleMovingAverage;
import java.time.Duration;
import java.time.Instant;
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
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * Streaming indicator updates over the same 1,000,000 one-minute bars, AlphaPulse side by side with
 * ta4j (DoubleNum). Each invocation builds a fresh indicator and walks every bar in order, reading the
 * value after each one, as a live strategy would: for AlphaPulse {@code update} then {@code value()},
 * for ta4j the cached {@code getValue(i)} of a new bar. Score: ns per bar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class IndicatorUpdateBenchmark {

    static final int BARS = 1_000_000;

    private SyntheticBars bars;
    private BarSeries series;
    private ClosePriceIndicator close;

    @Setup(Level.Trial)
    public void loadData() {
        bars = SyntheticBars.generate(BARS, 42);
        series = new BaseBarSeriesBuilder()
                .withName("synthetic-1m")
                .withNumFactory(DoubleNumFactory.getInstance())
                .build();
        for (int i = 0; i < BARS; i++) {
            series.barBuilder()
                    .timePeriod(Duration.ofMinutes(1))
                    .endTime(Instant.ofEpochMilli(bars.openTimeMillis[i] + 60_000))
                    .openPrice(bars.open[i])
                    .highPrice(bars.high[i])
                    .lowPrice(bars.low[i])
                    .closePrice(bars.close[i])
                    .volume(bars.volume[i])
                    .add();
        }
        close = new ClosePriceIndicator(series);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double sma30_alphapulse() {
        SimpleMovingAverage sma = new SimpleMovingAverage(30);
        double[] closes = bars.close;
        double sum = 0;
        for (double price : closes) {
            sma.update(price);
            sum += sma.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double sma30_ta4j() {
        SMAIndicator sma = new SMAIndicator(close, 30);
        double sum = 0;
        for (int i = 0; i < BARS; i++) {
            sum += sma.getValue(i).doubleValue();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double ema20_alphapulse() {
        ExponentialMovingAverage ema = new ExponentialMovingAverage(20);
        double[] closes = bars.close;
        double sum = 0;
        for (double price : closes) {
            ema.update(price);
            sum += ema.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double ema20_ta4j() {
        EMAIndicator ema = new EMAIndicator(close, 20);
        double sum = 0;
        for (int i = 0; i < BARS; i++) {
            sum += ema.getValue(i).doubleValue();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double rsi14_alphapulse() {
        RelativeStrengthIndex rsi = new RelativeStrengthIndex(14);
        double[] closes = bars.close;
        double sum = 0;
        for (double price : closes) {
            rsi.update(price);
            sum += rsi.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double rsi14_ta4j() {
        RSIIndicator rsi = new RSIIndicator(close, 14);
        double sum = 0;
        for (int i = 0; i < BARS; i++) {
            sum += rsi.getValue(i).doubleValue();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double atr14_alphapulse() {
        AverageTrueRange atr = new AverageTrueRange(14);
        SyntheticBars b = bars;
        double sum = 0;
        for (int i = 0; i < BARS; i++) {
            atr.update(b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]);
            sum += atr.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double atr14_ta4j() {
        ATRIndicator atr = new ATRIndicator(series, 14);
        double sum = 0;
        for (int i = 0; i < BARS; i++) {
            sum += atr.getValue(i).doubleValue();
        }
        return sum;
    }

    /** MACD(12, 26) line and its 9-period signal line, both read on every bar. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double macd_alphapulse() {
        Macd macd = new Macd(12, 26, 9);
        double[] closes = bars.close;
        double sum = 0;
        for (double price : closes) {
            macd.update(price);
            sum += macd.value() + macd.signal();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double macd_ta4j() {
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        double sum = 0;
        for (int i = 0; i < BARS; i++) {
            sum += macd.getValue(i).doubleValue() + signal.getValue(i).doubleValue();
        }
        return sum;
    }
}
