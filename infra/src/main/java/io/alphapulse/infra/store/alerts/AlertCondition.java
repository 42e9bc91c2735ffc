package io.alphapulse.infra.store.alerts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When an alert fires, as structured columns rather than an expression string, so it can be indexed
 * and validated.
 *
 * @param symbol the instrument watched, e.g. {@code BTC-USDT}
 * @param kind what is compared
 * @param indicator the indicator for {@link AlertKind#INDICATOR}, e.g. {@code rsi:14}; otherwise {@code null}
 * @param threshold the exact level that fires it
 */
public record AlertCondition(String symbol, AlertKind kind, String indicator, BigDecimal threshold) {

    public AlertCondition {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("alert symbol must not be blank: '" + symbol + "'");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threshold, "threshold");
        if (kind == AlertKind.INDICATOR && (indicator == null || indicator.isBlank())) {
            throw new IllegalArgumentException("an indicator alert on " + symbol + " needs an indicator name");
        }
        if (kind != AlertKind.INDICATOR && indicator != null) {
            throw new IllegalArgumentException(
                    "a " + kind.column() + " alert on " + symbol + " takes no indicator, got '" + indicator + "'");
        }
    }
}
