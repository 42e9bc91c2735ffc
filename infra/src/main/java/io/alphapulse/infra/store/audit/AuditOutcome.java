package io.alphapulse.infra.store.audit;

import java.util.Locale;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by authorization or a policy. */
    DENIED,
    /** Attempted and failed. */
    FAILURE;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AuditOutcome ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
