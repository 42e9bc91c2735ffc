package io.alphapulse.app.server.live;

import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.BigDecimal;

/** Exact engine amounts as API decimals: trailing zeros dropped, never in exponent notation. */
final class Decimals {

    private Decimals() {}

    static BigDecimal of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal of(Price price) {
        return price == null ? null : of(price.toBigDecimal());
    }

    static BigDecimal of(Quantity quantity) {
        return quantity == null ? null : of(quantity.toBigDecimal());
    }

    static BigDecimal of(Money money) {
        return money == null ? null : of(money.toBigDecimal());
    }
}
