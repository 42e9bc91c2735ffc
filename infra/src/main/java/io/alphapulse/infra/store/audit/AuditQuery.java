package io.alphapulse.infra.store.audit;

import java.time.Instant;

/**
 * Which entries to read, newest first. Every filter is optional ({@code null}).
 *
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param actor only this actor's entries
 * @param action only this action
 * @param limit at most this many entries, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, int limit) {

    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("audit limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("audit range is empty: from " + from + " is not before to " + to);
        }
    }

    /** The newest {@code limit} entries, unfiltered. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, limit);
    }

    public AuditQuery between(Instant newFrom, Instant newTo) {
        return new AuditQuery(newFrom, newTo, actor, action, limit);
    }

    public AuditQuery byActor(String newActor) {
        return new AuditQuery(from, to, newActor, action, limit);
    }

    public AuditQuery byAction(String newAction) {
        return new AuditQuery(from, to, actor, newAction, limit);
    }
}
