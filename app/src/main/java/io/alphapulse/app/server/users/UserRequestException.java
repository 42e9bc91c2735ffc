package io.alphapulse.app.server.users;

import io.alphapulse.app.server.security.AuthService;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * A user-management request refused: invalid fields (422, every offending field with its message), an
 * unknown user (404) or a conflict with the current users (409). The API's problem handler answers it
 * with a problem body naming the first offending field in {@code field} and all of them in {@code
 * errors}, like the rest of the API.
 */
public final class UserRequestException extends RuntimeException {

    /**
     * One offending field and what is wrong with it. Kept here rather than taken from the API package,
     * which depends on this one through its problem handler.
     */
    public record FieldError(String field, String message) {}

    private final HttpStatus status;
    private final List<FieldError> errors;

    private UserRequestException(HttpStatus status, String message, List<FieldError> errors) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
        this.errors = List.copyOf(errors);
    }

    /** Values that cannot be accepted: 422, naming each field. */
    static UserRequestException invalid(List<FieldError> errors) {
        String detail = String.join(
                "; ",
                errors.stream()
                        .map(error -> error.field() + " " + error.message())
                        .toList());
        return new UserRequestException(HttpStatus.UNPROCESSABLE_CONTENT, detail, errors);
    }

    static UserRequestException notFound(String username) {
        return new UserRequestException(
                HttpStatus.NOT_FOUND,
                "no user named '" + AuthService.printableUsername(username) + "'",
                List.of(new FieldError("username", "no such user")));
    }

    static UserRequestException conflict(String field, String message) {
        return new UserRequestException(HttpStatus.CONFLICT, message, List.of(new FieldError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    /** Every offending field with its message. */
    public List<FieldError> errors() {
        return errors;
    }
}
