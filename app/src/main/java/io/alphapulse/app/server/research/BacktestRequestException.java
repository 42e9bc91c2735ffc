package io.alphapulse.app.server.research;

import java.util.Objects;

/** A backtest request that cannot be run as given, naming the field at fault; the API answers 422. */
public final class BacktestRequestException extends RuntimeException {

    private final String field;

    public BacktestRequestException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
