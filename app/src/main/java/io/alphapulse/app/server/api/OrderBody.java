package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.OrderRequest;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * {@code POST /api/exchange/order}, checked for shape here (names, enums, signs, digits); live trading
 * then checks it against the instrument (tick, lot, minimums). Amounts may be JSON numbers or strings.
 */
public record OrderBody(
        @NotBlank @Size(max = 20) String venue,
        @NotBlank @Size(max = 40) String symbol,

        @NotNull @Pattern(regexp = "(?i)buy|sell", message = "must be buy or sell")
        String side,

        @NotNull
        @Pattern(regexp = "(?i)market|limit|stop|stop_limit", message = "must be market, limit, stop or stop_limit")
        String type,

        @NotNull
        @Positive
        @Digits(integer = RequestChecks.MAX_INTEGER_DIGITS, fraction = RequestChecks.MAX_FRACTION_DIGITS)
        BigDecimal quantity,

        @Positive @Digits(integer = RequestChecks.MAX_INTEGER_DIGITS, fraction = RequestChecks.MAX_FRACTION_DIGITS)
        BigDecimal price,

        @Positive @Digits(integer = RequestChecks.MAX_INTEGER_DIGITS, fraction = RequestChecks.MAX_FRACTION_DIGITS)
        BigDecimal stopPrice,

        @Pattern(regexp = "(?i)gtc|ioc|fok", message = "must be gtc, ioc or fok")
        String timeInForce,

        @Pattern(regexp = "[A-Za-z0-9_-]{1,36}", message = "must be 1 to 36 of A-Z, a-z, 0-9, _ and -")
        String clientOrderId) {

    OrderRequest toRequest() {
        return new OrderRequest(
                venue.strip(), symbol.strip(), side, type, quantity, price, stopPrice, timeInForce, clientOrderId);
    }
}
