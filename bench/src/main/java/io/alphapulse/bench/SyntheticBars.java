package io.alphapulse.bench;

import java.util.SplittableRandom;

/**
 * One-minute OHLCV bars from a seeded geometric random walk (annualised volatility about 60%, like
 * BTC), so that every benchmark and every peer sees the same, reproducible data.
 */
public final class SyntheticBars {

    public final double[] open;
    public final double[] high;
    public final double[] low;
    public final double[] close;
    public final double[] volume;
    public final long[] openTimeMillis;

    private SyntheticBars(int count) {
        open = new double[count];
        high = new double[count];
        low = new double[count];
        close = new double[count];
        volume = new double[count];
        openTimeMillis = new long[count];
    }

    /** {@code count} bars starting at 2024-01-01T00:00Z from 40,000, generated from {@code seed}. */
    public static SyntheticBars generate(int count, long seed) {
        SyntheticBars bars = new SyntheticBars(count);
        SplittableRandom random = new SplittableRandom(seed);
        // Per-minute volatility for 60% a year: 0.6 / sqrt(525,600).
        double sigma = 0.6 / Math.sqrt(525_600);
        double price = 40_000;
        long time = 1_704_067_200_000L;
        for (int i = 0; i < count; i++) {
            double open = price;
            double high = open;
            double low = open;
            // Four sub-steps per bar give the bar a realistic range around its open and close.
            for (int step = 0; step < 4; step++) {
                price *= Math.exp(sigma / 2 * gaussian(random));
                high = Math.max(high, price);
                low = Math.min(low, price);
            }
            bars.open[i] = round2(open);
            bars.close[i] = round2(price);
            bars.high[i] = Math.max(round2(high), Math.max(bars.open[i], bars.close[i]));
            bars.low[i] = Math.min(round2(low), Math.min(bars.open[i], bars.close[i]));
            bars.volume[i] = Math.round((0.5 + 20 * random.nextDouble()) * 1e4) / 1e4;
            bars.openTimeMillis[i] = time;
            time += 60_000;
        }
        return bars;
    }

    public int size() {
        return close.length;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 21's interface default path.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
