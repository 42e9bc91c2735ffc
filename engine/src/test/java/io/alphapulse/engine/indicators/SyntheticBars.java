package io.alphapulse.engine.indicators;

import java.util.SplittableRandom;

/**
 * Deterministic random-walk bars in primitive arrays, for tests that must not allocate while
 * feeding them and for tests that need many bars.
 */
final class SyntheticBars {

    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    /** A random walk of closes around {@code start}, with wicks and positive volumes. */
    SyntheticBars(long seed, int count, double start) {
        open = new double[count];
        high = new double[count];
        low = new double[count];
        close = new double[count];
        volume = new double[count];
        SplittableRandom random = new SplittableRandom(seed);
        double previous = start;
        for (int i = 0; i < count; i++) {
            double next = previous * (1.0 + 0.002 * random.nextGaussian());
            open[i] = previous;
            close[i] = next;
            high[i] = Math.max(previous, next) * (1.0 + 0.001 * random.nextDouble());
            low[i] = Math.min(previous, next) * (1.0 - 0.001 * random.nextDouble());
            volume[i] = 0.01 + 5.0 * random.nextDouble();
            previous = next;
        }
    }

    int size() {
        return close.length;
    }

    void feed(Indicator indicator, int index) {
        indicator.update(open[index], high[index], low[index], close[index], volume[index]);
    }
}
