package io.alphapulse.app.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request that Spring Security's firewall refuses (an encoded slash, percent, semicolon or
 * backslash in the path, a non-printable character, a parameter name it does not allow) with a 400
 * {@code application/problem+json} body, like every other error of the API, instead of a bare status.
 */
@Component
public class RejectedRequestProblems implements RequestRejectedHandler {

    static final String DETAIL =
            "The request URL holds characters the server refuses, such as an encoded '/', '%', ';' or '\\'.";

    private final JsonMapper json;

    public RejectedRequestProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", DETAIL);
        problem.put("instance", Problems.safePath(request.getRequestURI()));
        problem.put("errors", List.of());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
