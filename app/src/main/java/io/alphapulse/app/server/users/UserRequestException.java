package io.alphapulse.app.server.users;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A user-management request refused: invalid fields (422, every offending field with its message), an
 * unknown user (404) or a conflict with the current users (409). Answered as a problem body naming the
 * first offending field in {@code field} and all of them in {@code errors}, like the rest of the API.
 */
final class UserRequestException extends RuntimeException {

    /** One offending field and what is wrong with it. */
    record FieldError(String field, String message) {}

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
                "no user named '" + printable(username) + "'",
                List.of(new FieldError("username", "no such user")));
    }

    static UserRequestException conflict(String field, String message) {
        return new UserRequestException(HttpStatus.CONFLICT, message, List.of(new FieldError(field, message)));
    }

    /** The problem body for this refusal, about the request to {@code path}. */
    ResponseEntity<ProblemDetail> response(String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
        }
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList());
        return ResponseEntity.status(status).body(problem);
    }

    /** A username from the request, made safe to echo: at most 64 characters of the allowed ones. */
    static String printable(String username) {
        if (username == null) {
            return "";
        }
        String kept = username.replaceAll("[^A-Za-z0-9._@-]", "?");
        return kept.substring(0, Math.min(kept.length(), 64));
    }
}
