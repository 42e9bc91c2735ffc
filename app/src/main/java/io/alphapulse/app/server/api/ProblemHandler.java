package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.TradingRequestException;
import io.alphapulse.app.server.research.BacktestRequestException;
import io.alphapulse.app.server.research.BacktestUnavailableException;
import io.alphapulse.app.server.users.UserRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of the API into an {@code application/problem+json} body (RFC 9457) that names the
 * offending field: malformed requests (unreadable JSON, wrong types, missing parameters) answer 400,
 * a wrong content type 415, values that parse but cannot be acted on 422, unknown things 404, state
 * conflicts 409, a busy kernel or job queue 503. Anything unexpected is logged and answered with a
 * generic 500 problem that reveals nothing of the failure.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(TradingRequestException.class)
    ResponseEntity<Object> tradingRequest(TradingRequestException refused, HttpServletRequest request) {
        HttpStatus status =
                switch (refused.kind()) {
                    case INVALID, REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
                };
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        }
        return problem(status, refused.getMessage(), refused.field(), headers, request);
    }

    @ExceptionHandler(ApiRequestException.class)
    ResponseEntity<Object> apiRequest(ApiRequestException refused, HttpServletRequest request) {
        return problem(refused.status(), refused.getMessage(), refused.field(), new HttpHeaders(), request);
    }

    @ExceptionHandler(UserRequestException.class)
    ResponseEntity<Object> userRequest(UserRequestException refused, HttpServletRequest request) {
        return entity(
                refused.status(),
                Problems.of(
                        refused.status(),
                        refused.getMessage(),
                        refused.errors().stream()
                                .map(error -> new Problems.FieldError(error.field(), error.message()))
                                .toList(),
                        request.getRequestURI()),
                new HttpHeaders());
    }

    @ExceptionHandler(BacktestRequestException.class)
    ResponseEntity<Object> backtestRequest(BacktestRequestException refused, HttpServletRequest request) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage(), refused.field(), new HttpHeaders(), request);
    }

    @ExceptionHandler(BacktestUnavailableException.class)
    ResponseEntity<Object> unavailable(BacktestUnavailableException full, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(full.retryAfterSeconds()));
        return problem(HttpStatus.SERVICE_UNAVAILABLE, full.getMessage(), null, headers, request);
    }

    /** Tomcat refuses to decode the query string (a malformed %-escape): the client's fault, 400. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameters(
            org.apache.tomcat.util.http.InvalidParameterException undecodable, HttpServletRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "The query string is not validly encoded (a '%' must start an escape like %20).",
                "query",
                new HttpHeaders(),
                request);
    }

    /** The last resort: a generic 500 whose body says nothing about the failure; the log has it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) {
        LOG.error(
                "unexpected failure on {} {}",
                request.getMethod(),
                Problems.safePath(request.getRequestURI()),
                failure);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not handle this request; the failure has been logged.",
                null,
                new HttpHeaders(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = jsonField(unreadable);
        String detail = field == null
                ? "The request body is missing or is not valid JSON."
                : "'" + field + "' has a value of the wrong type or format.";
        return problem(HttpStatus.BAD_REQUEST, detail, field == null ? "body" : field, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException unsupported,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        HttpHeaders answer = new HttpHeaders();
        answer.setAccept(List.of(MediaType.APPLICATION_JSON));
        String detail = "The request body must be application/json"
                + (unsupported.getContentType() == null ? "." : ", was " + unsupported.getContentType() + ".");
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail, HttpHeaders.CONTENT_TYPE, answer, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "The query parameter '" + missing.getParameterName() + "' is required.",
                missing.getParameterName(),
                headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        String name = field == null ? "parameter" : field;
        String type = mismatch.getRequiredType() == null
                ? "value"
                : mismatch.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return problem(HttpStatus.BAD_REQUEST, "'" + name + "' must be a valid " + type + ".", name, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), messageOf(error.getDefaultMessage())))
                .sorted(java.util.Comparator.comparing(Problems.FieldError::field))
                .toList();
        if (errors.isEmpty()) {
            errors = List.of(new Problems.FieldError("body", "the request body is invalid"));
        }
        String detail = errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return entity(
                HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, detail, errors, path(request)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(
                                result.getMethodParameter().getParameterName() == null
                                        ? "parameter"
                                        : result.getMethodParameter().getParameterName(),
                                messageOf(error.getDefaultMessage()))))
                .toList();
        String detail = errors.isEmpty()
                ? "A parameter is invalid."
                : errors.get(0).field() + " " + errors.get(0).message();
        return entity(
                HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, detail, errors, path(request)), headers);
    }

    /** Every other Spring MVC exception (405, 404, 406, ...): its own status and detail, as a problem. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null
                ? problem.getDetail()
                : HttpStatus.valueOf(status.value()).getReasonPhrase();
        if (status.is5xxServerError()) {
            LOG.error("request failed on {}", Problems.safePath(path(request)), failure);
        }
        return entity(status, Problems.of(status, detail, (String) null, path(request)), headers);
    }

    private ResponseEntity<Object> problem(
            HttpStatusCode status, String detail, String field, HttpHeaders headers, HttpServletRequest request) {
        return entity(status, Problems.of(status, detail, field, request.getRequestURI()), headers);
    }

    private ResponseEntity<Object> problem(
            HttpStatusCode status, String detail, String field, HttpHeaders headers, WebRequest request) {
        return entity(status, Problems.of(status, detail, field, path(request)), headers);
    }

    private static ResponseEntity<Object> entity(HttpStatusCode status, ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(answer).body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : null;
    }

    /** The JSON property at fault, as a dotted path ({@code targets.BTC-USDT}), or {@code null}. */
    static String jsonField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JacksonException.Reference reference : json.getPath()) {
                    if (reference.getPropertyName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return field.isEmpty() ? null : field.toString();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String messageOf(String message) {
        return message == null ? "is invalid" : message;
    }
}
