package io.alphapulse.app.server.api;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses before reaching live trading: a query parameter out of range (400), a body
 * value that parses but makes no sense (422) or a named thing that does not exist (404). Answered by
 * {@link ProblemHandler} as a problem body naming {@link #field()}.
 */
public final class ApiRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    ApiRequestException(HttpStatus status, String field, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
        this.field = field;
    }

    /** A malformed query parameter or path segment: 400. */
    public static ApiRequestException badParameter(String field, String message) {
        return new ApiRequestException(HttpStatus.BAD_REQUEST, field, message);
    }

    /** A well-formed value that cannot be acted on: 422. */
    public static ApiRequestException invalid(String field, String message) {
        return new ApiRequestException(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }

    /** A named thing that does not exist: 404. */
    public static ApiRequestException notFound(String field, String message) {
        return new ApiRequestException(HttpStatus.NOT_FOUND, field, message);
    }

    /** The request conflicts with the current state: 409. */
    public static ApiRequestException conflict(String field, String message) {
        return new ApiRequestException(HttpStatus.CONFLICT, field, message);
    }

    /** The caller's role does not allow this: 403. */
    public static ApiRequestException forbidden(String message) {
        return new ApiRequestException(HttpStatus.FORBIDDEN, null, message);
    }

    /** A backing service (the bar store) cannot answer now: 503. */
    public static ApiRequestException unavailable(String message) {
        return new ApiRequestException(HttpStatus.SERVICE_UNAVAILABLE, null, message);
    }

    HttpStatus status() {
        return status;
    }

    /** The field at fault, or {@code null}. */
    String field() {
        return field;
    }
}
