package io.alphapulse.infra.store.alerts;

import java.util.Locale;

/** How far delivery of a fired alert got. */
public enum AlertEventStatus {
    PENDING,
    DELIVERED,
    /** Some channels delivered, some failed. */
    PARTIAL,
    FAILED;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertEventStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
