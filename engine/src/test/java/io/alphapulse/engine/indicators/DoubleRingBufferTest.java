package io.alphapulse.engine.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubleRingBufferTest {

    @Test
    void add_beyondCapacity_overwritesTheOldest() {
        DoubleRingBuffer buffer = new DoubleRingBuffer(3);

        buffer.add(1);
        buffer.add(2);
        assertThat(buffer.isFull()).isFalse();
        assertThat(buffer.oldest()).isEqualTo(1.0);
        buffer.add(3);
        assertThat(buffer.isFull()).isTrue();
        assertThat(buffer.oldest()).isEqualTo(1.0);

        buffer.add(4);

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.capacity()).isEqualTo(3);
        assertThat(buffer.oldest()).isEqualTo(2.0);
        assertThat(buffer.get(0)).isEqualTo(4.0);
        assertThat(buffer.get(1)).isEqualTo(3.0);
        assertThat(buffer.get(2)).isEqualTo(2.0);
    }

    @Test
    void get_beforeFull_countsBackFromTheNewest() {
        DoubleRingBuffer buffer = new DoubleRingBuffer(4);

        buffer.add(7);
        buffer.add(8);

        assertThat(buffer.get(0)).isEqualTo(8.0);
        assertThat(buffer.get(1)).isEqualTo(7.0);
    }

    @Test
    void clear_afterValues_isEmpty() {
        DoubleRingBuffer buffer = new DoubleRingBuffer(2);
        buffer.add(1);
        buffer.add(2);
        buffer.add(3);

        buffer.clear();
        buffer.add(9);

        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.oldest()).isEqualTo(9.0);
        assertThat(buffer.get(0)).isEqualTo(9.0);
    }
}
