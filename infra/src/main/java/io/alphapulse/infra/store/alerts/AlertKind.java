package io.alphapulse.infra.store.alerts;

import java.util.Locale;

/** What an alert compares its threshold with. */
public enum AlertKind {
    /** Fires when the price rises above the threshold. */
    PRICE_ABOVE,
    /** Fires when the price falls below the threshold. */
    PRICE_BELOW,
    /** Fires when a named indicator crosses the threshold. */
    INDICATOR;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertKind ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
