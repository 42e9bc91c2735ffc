package io.alphapulse.engine.indicators;

/**
 * The last {@code capacity} values of a series in a preallocated array; adding to a full buffer
 * overwrites the oldest value.
 */
final class DoubleRingBuffer {

    private final double[] values;
    /** Slot the next value goes into; when full it is also the slot of the oldest value. */
    private int next;

    private int size;

    DoubleRingBuffer(int capacity) {
        this.values = new double[capacity];
    }

    void add(double value) {
        values[next] = value;
        next = next + 1 == values.length ? 0 : next + 1;
        if (size < values.length) {
            size++;
        }
    }

    /** The value that the next {@link #add} will overwrite once the buffer is full. */
    double oldest() {
        return values[size < values.length ? 0 : next];
    }

    /**
     * The value added {@code age} additions ago: age 0 is the newest, {@code size() - 1} the oldest.
     */
    double get(int age) {
        int slot = next - 1 - age;
        return values[slot < 0 ? slot + values.length : slot];
    }

    int size() {
        return size;
    }

    int capacity() {
        return values.length;
    }

    boolean isFull() {
        return size == values.length;
    }

    void clear() {
        next = 0;
        size = 0;
    }
}
