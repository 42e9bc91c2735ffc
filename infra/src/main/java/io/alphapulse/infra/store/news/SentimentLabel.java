package io.alphapulse.infra.store.news;

import java.util.Locale;

/** A sentiment model's verdict in one word. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SentimentLabel ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
