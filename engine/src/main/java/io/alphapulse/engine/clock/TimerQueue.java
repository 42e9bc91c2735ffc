package io.alphapulse.engine.clock;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Scheduled timers ordered by due time, then by the order in which they were set, so that firing is
 * deterministic. Single-threaded: owned by one clock on the kernel thread.
 */
final class TimerQueue {

    private final PriorityQueue<ScheduledTimer> queue = new PriorityQueue<>();
    private final Map<String, ScheduledTimer> byName = new HashMap<>();
    private long nextSequence;

    void schedule(String name, long firstTimeNanos, long intervalNanos, long stopTimeNanos, TimerHandler handler) {
        requireName(name);
        Objects.requireNonNull(handler, "handler");
        cancel(name);
        ScheduledTimer timer =
                new ScheduledTimer(name, firstTimeNanos, intervalNanos, stopTimeNanos, handler, nextSequence++);
        queue.add(timer);
        byName.put(name, timer);
    }

    boolean cancel(String name) {
        ScheduledTimer timer = byName.remove(name);
        if (timer == null) {
            return false;
        }
        queue.remove(timer);
        return true;
    }

    long nextTimeNanos() {
        ScheduledTimer head = queue.peek();
        return head == null ? Long.MAX_VALUE : head.dueTimeNanos;
    }

    /**
     * Removes the earliest timer due at or before {@code timeNanos}, reschedules it if it repeats, and
     * returns it; {@code null} when none is due.
     */
    ScheduledTimer pollDue(long timeNanos) {
        ScheduledTimer head = queue.peek();
        if (head == null || head.dueTimeNanos > timeNanos) {
            return null;
        }
        queue.poll();
        long fireTime = head.dueTimeNanos;
        if (head.intervalNanos > 0 && fireTime <= head.stopTimeNanos - head.intervalNanos) {
            ScheduledTimer next = new ScheduledTimer(
                    head.name,
                    fireTime + head.intervalNanos,
                    head.intervalNanos,
                    head.stopTimeNanos,
                    head.handler,
                    nextSequence++);
            queue.add(next);
            byName.put(head.name, next);
        } else {
            byName.remove(head.name);
        }
        return head;
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    int size() {
        return byName.size();
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("timer name must not be blank");
        }
    }

    static final class ScheduledTimer implements Comparable<ScheduledTimer> {
        final String name;
        final long dueTimeNanos;
        final long intervalNanos;
        final long stopTimeNanos;
        final TimerHandler handler;
        final long sequence;

        ScheduledTimer(
                String name,
                long dueTimeNanos,
                long intervalNanos,
                long stopTimeNanos,
                TimerHandler handler,
                long sequence) {
            this.name = name;
            this.dueTimeNanos = dueTimeNanos;
            this.intervalNanos = intervalNanos;
            this.stopTimeNanos = stopTimeNanos;
            this.handler = handler;
            this.sequence = sequence;
        }

        @Override
        public int compareTo(ScheduledTimer other) {
            int byTime = Long.compare(dueTimeNanos, other.dueTimeNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
