package io.alphapulse.app.server.live;

import java.util.Objects;

/**
 * A trading request that cannot be carried out, with the field at fault: the API answers it with a
 * problem body (400/404/409/422), never a 500.
 */
public final class TradingRequestException extends RuntimeException {

    /** What went wrong; the API maps each kind to one status. */
    public enum Kind {
        /** A field is invalid (422). */
        INVALID,
        /** No such thing visible to the caller (404). */
        NOT_FOUND,
        /** The request conflicts with the current state (409). */
        CONFLICT,
        /** Risk or venue refused the order (422); the order exists as rejected. */
        REJECTED,
        /** The kernel could not take the command in time (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String field;

    /**
     * @param field the request field at fault, or {@code null} when none is
     */
    public TradingRequestException(Kind kind, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
