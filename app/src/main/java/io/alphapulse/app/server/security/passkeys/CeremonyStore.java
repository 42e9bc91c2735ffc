package io.alphapulse.app.server.security.passkeys;

import io.alphapulse.app.server.security.LoginThrottle;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * WebAuthn ceremonies that were started and not yet finished: each under a random, unguessable id that
 * the client sends back to finish it. An entry is taken out by its first use, successful or not, so a
 * challenge can be answered once only; it expires after {@code timeToLive}.
 *
 * <p>Bounded: at most {@code capacity} entries. Expired entries are dropped first; when the store is
 * still full, a new ceremony is refused ({@link FullException}, answered 503 with Retry-After) rather
 * than pushing out one in progress, so a flood of started ceremonies cannot cancel a real user's. When
 * ceremonies have an owner (the logged-in user of a registration), one owner keeps at most {@code
 * perOwner} open: starting another discards that owner's oldest, so no single user can fill the store.
 * Every entry lives for the same time, so insertion order is expiry order and sweeping stops at the first
 * live entry.
 *
 * @param <T> what a ceremony remembers between its two requests
 */
final class CeremonyStore<T> {

    /** Ceremony ids: 128 random bits, base64url without padding. */
    static final int ID_LENGTH = 22;

    private final int capacity;
    private final int perOwner;
    private final Function<T, Object> ownerOf;
    private final Duration timeToLive;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

    /** A store of ceremonies without owners: only the overall capacity applies. */
    CeremonyStore(int capacity, Duration timeToLive, Clock clock) {
        this(capacity, capacity, ceremony -> null, timeToLive, clock);
    }

    /**
     * A store whose ceremonies belong to {@code ownerOf(ceremony)} (never {@code null}), each owner with
     * at most {@code perOwner} open.
     */
    CeremonyStore(int capacity, int perOwner, Function<T, Object> ownerOf, Duration timeToLive, Clock clock) {
        if (capacity < 1 || perOwner < 1) {
            throw new IllegalArgumentException(
                    "capacity and perOwner must be at least 1: " + capacity + ", " + perOwner);
        }
        this.perOwner = perOwner;
        this.ownerOf = ownerOf;
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive: " + timeToLive);
        }
        this.capacity = capacity;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /**
     * Keeps {@code ceremony} and returns its new id.
     *
     * @throws FullException when {@code capacity} ceremonies are in progress
     */
    synchronized String start(T ceremony) throws FullException {
        Instant now = clock.instant();
        sweep(now);
        Object owner = ownerOf.apply(ceremony);
        if (owner != null) {
            discardOldestBeyond(owner);
        }
        if (entries.size() >= capacity) {
            Instant oldestExpiry = entries.values().iterator().next().expiresAt();
            throw new FullException(Duration.between(now, oldestExpiry));
        }
        String id;
        do {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (entries.containsKey(id));
        entries.put(id, new Entry<>(ceremony, now.plus(timeToLive)));
        return id;
    }

    /** Takes the ceremony out: empty when the id is unknown, already used or expired. */
    synchronized Optional<T> take(String id) {
        if (id == null || id.length() != ID_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        sweep(now);
        Entry<T> entry = entries.remove(id);
        return entry == null ? Optional.empty() : Optional.of(entry.ceremony());
    }

    /** Ceremonies in progress, expired ones not yet swept included. */
    synchronized int size() {
        return entries.size();
    }

    /** How long a ceremony stays open. */
    Duration timeToLive() {
        return timeToLive;
    }

    /** Makes room for one more ceremony of {@code owner} by discarding its oldest when it has enough. */
    private void discardOldestBeyond(Object owner) {
        String oldest = null;
        int open = 0;
        for (Map.Entry<String, Entry<T>> entry : entries.entrySet()) {
            if (owner.equals(ownerOf.apply(entry.getValue().ceremony()))) {
                oldest = oldest == null ? entry.getKey() : oldest;
                open++;
            }
        }
        if (open >= perOwner) {
            entries.remove(oldest);
        }
    }

    private void sweep(Instant now) {
        Iterator<Entry<T>> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext()) {
            if (now.isBefore(oldestFirst.next().expiresAt())) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private record Entry<T>(T ceremony, Instant expiresAt) {}

    /** Too many ceremonies are open; {@link #retryAfter()} is when the oldest expires. */
    static final class FullException extends Exception {
        private final Duration retryAfter;

        FullException(Duration retryAfter) {
            super("too many passkey ceremonies in progress", null, false, false);
            this.retryAfter = retryAfter;
        }

        /** Whole seconds to wait, at least 1. */
        long retryAfterSeconds() {
            return LoginThrottle.retryAfterSeconds(retryAfter);
        }
    }
}
