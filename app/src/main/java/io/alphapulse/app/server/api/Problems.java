package io.alphapulse.app.server.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the API's RFC 9457 problem bodies: {@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code instance}, plus {@code field} (the first offending field, when there is one) and
 * {@code errors} (every offending field with its message; empty when no field is at fault).
 */
public final class Problems {

    private Problems() {}

    /** One offending field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public static ProblemDetail of(HttpStatusCode status, String detail, List<FieldError> errors, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (instance != null) {
            problem.setInstance(URI.create(safePath(instance)));
        }
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
        }
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList());
        return problem;
    }

    static ProblemDetail of(HttpStatusCode status, String detail, String field, String instance) {
        return of(status, detail, field == null ? List.of() : List.of(new FieldError(field, detail)), instance);
    }

    /**
     * The request path as a relative URI reference: characters a URI may not hold are percent-encoded,
     * so a garbage path cannot make building the problem fail.
     */
    static String safePath(String path) {
        StringBuilder safe = new StringBuilder(Math.min(path.length(), 512));
        for (int i = 0; i < path.length() && safe.length() < 512; i++) {
            char c = path.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0) {
                safe.append(c);
            } else if (c < 0x80) {
                safe.append('%').append(String.format("%02X", (int) c));
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    safe.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return safe.toString();
    }
}
