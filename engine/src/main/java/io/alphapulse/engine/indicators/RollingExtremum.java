package io.alphapulse.engine.indicators;

/**
 * Maximum (or minimum) of the last {@code period} values, by a monotonic deque: each value enters
 * and leaves the deque at most once, so an update is amortized O(1) and at worst O(period).
 *
 * <p>The minimum is kept as the maximum of the negated values; negation is exact in floating point
 * so nothing is lost.
 */
final class RollingExtremum {

    private final int period;
    /** +1 for a maximum, -1 for a minimum. */
    private final double sign;

    // Candidates, oldest first: signed values strictly decreasing from head to tail, with the
    // sequence number of the update that brought each in, so it can be expired.
    private final double[] candidates;
    private final long[] sequences;
    private int head;
    private int size;
    private long updates;

    private RollingExtremum(int period, double sign) {
        this.period = period;
        this.sign = sign;
        this.candidates = new double[period];
        this.sequences = new long[period];
    }

    static RollingExtremum maximum(int period) {
        return new RollingExtremum(period, 1.0);
    }

    static RollingExtremum minimum(int period) {
        return new RollingExtremum(period, -1.0);
    }

    void add(double value) {
        long sequence = updates++;
        // Expire first: what remains lies in the last period - 1 updates, leaving room for one more.
        while (size > 0 && sequences[head] <= sequence - period) {
            head = head + 1 == period ? 0 : head + 1;
            size--;
        }
        double signed = sign * value;
        // A value that is no larger than a newer one can never be the extremum again.
        while (size > 0 && candidates[slot(size - 1)] <= signed) {
            size--;
        }
        int tail = slot(size);
        candidates[tail] = signed;
        sequences[tail] = sequence;
        size++;
    }

    /** The extremum of the last {@code period} values; NaN before the first value. */
    double value() {
        return size == 0 ? Double.NaN : sign * candidates[head];
    }

    void reset() {
        head = 0;
        size = 0;
        updates = 0;
    }

    private int slot(int offset) {
        int slot = head + offset;
        return slot >= period ? slot - period : slot;
    }
}
