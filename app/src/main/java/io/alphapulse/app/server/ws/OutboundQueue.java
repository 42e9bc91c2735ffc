package io.alphapulse.app.server.ws;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's messages waiting to be sent: filled by the kernel thread (and the client's own requests),
 * drained by the client's sender. Offering never waits for the sender; the lock is held only to link or
 * unlink a slot.
 *
 * <p>Overflow policy. A conflatable message (prices, bars, portfolio, system) replaces the queued message
 * with the same conflation key in place, so a slow client gets the latest price rather than a backlog;
 * these replacements take no extra slot. Every other message (orders, trades, signals, alerts, news,
 * replies) takes one of {@code capacity} slots and is never dropped: when none is free the offer is
 * refused with {@link Offer#FULL} and the caller disconnects the client (1013) so that it reloads what
 * it missed instead of silently losing it. A conflatable message with a key not yet queued also needs a
 * slot; the keys are few (one per symbol and topic), so a full queue means a backlog of the other kind.
 */
final class OutboundQueue {

    /** What became of an offered message. */
    enum Offer {
        /** Appended. */
        QUEUED,
        /** Replaced a queued message with the same conflation key. */
        CONFLATED,
        /** No free slot: the message was not queued and the client must be disconnected. */
        FULL,
        /** The queue is closed: the client is going away. */
        CLOSED
    }

    /** A queued message; conflation swaps its content, keeping its place in line. */
    private static final class Slot {
        OutboundMessage message;

        Slot(OutboundMessage message) {
            this.message = message;
        }
    }

    private final int capacity;
    private final ArrayDeque<Slot> slots = new ArrayDeque<>();
    private final Map<String, Slot> byKey = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private boolean closed;

    OutboundQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    Offer offer(OutboundMessage message) {
        lock.lock();
        try {
            if (closed) {
                return Offer.CLOSED;
            }
            String key = message.conflationKey();
            if (key != null) {
                Slot queued = byKey.get(key);
                if (queued != null) {
                    queued.message = message;
                    return Offer.CONFLATED;
                }
            }
            if (slots.size() >= capacity) {
                return Offer.FULL;
            }
            Slot slot = new Slot(message);
            slots.addLast(slot);
            if (key != null) {
                byKey.put(key, slot);
            }
            notEmpty.signal();
            return Offer.QUEUED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a message is queued and takes up to {@code max} of them, oldest first.
     *
     * @return the messages; empty once the queue is closed
     */
    List<OutboundMessage> take(int max) throws InterruptedException {
        lock.lock();
        try {
            while (slots.isEmpty() && !closed) {
                notEmpty.await();
            }
            if (closed) {
                return List.of();
            }
            return drain(max);
        } finally {
            lock.unlock();
        }
    }

    /** Takes up to {@code max} queued messages without waiting. */
    List<OutboundMessage> poll(int max) {
        lock.lock();
        try {
            return drain(max);
        } finally {
            lock.unlock();
        }
    }

    private List<OutboundMessage> drain(int max) {
        List<OutboundMessage> taken = new ArrayList<>(Math.min(max, slots.size()));
        while (taken.size() < max && !slots.isEmpty()) {
            Slot slot = slots.pollFirst();
            String key = slot.message.conflationKey();
            if (key != null) {
                byKey.remove(key);
            }
            taken.add(slot.message);
        }
        return taken;
    }

    /** Drops what is queued and wakes the sender; later offers answer {@link Offer#CLOSED}. */
    void close() {
        lock.lock();
        try {
            closed = true;
            slots.clear();
            byKey.clear();
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return slots.size();
        } finally {
            lock.unlock();
        }
    }
}
