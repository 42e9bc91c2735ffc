package io.alphapulse.infra.store.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One audited action, as appended to the log.
 *
 * @param occurredAt when it happened
 * @param actor who did it: a username, {@code api-key:<prefix>}, or {@code system}
 * @param action what was done, e.g. {@code user.create}, {@code order.submit}
 * @param target what it was done to, or {@code null}
 * @param outcome how it ended
 * @param detail free text for people reading the log, or {@code null}; never a secret
 * @param sourceIp the client's IPv4 or IPv6 address, or {@code null} for internal actions
 */
public record AuditEntry(
        Instant occurredAt,
        String actor,
        String action,
        String target,
        AuditOutcome outcome,
        String detail,
        String sourceIp) {

    // An address literal, not a host name: PostgreSQL stores it as inet.
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(outcome, "outcome");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("audit actor must not be blank: '" + actor + "'");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit action must not be blank: '" + action + "'");
        }
        if (sourceIp != null && !IP_LITERAL.matcher(sourceIp).matches()) {
            throw new IllegalArgumentException("source IP is not an IP address literal: '" + sourceIp + "'");
        }
    }
}
