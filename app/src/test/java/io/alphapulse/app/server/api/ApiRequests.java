package io.alphapulse.app.server.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The request and problem shapes the API slice tests share. */
final class ApiRequests {

    private ApiRequests() {}

    /** {@code request} carrying {@code body} as JSON. */
    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /**
     * Expects an {@code application/problem+json} answer with {@code status} that names {@code field};
     * returns the actions for a caller's further expectations.
     */
    static ResultActions expectProblem(ResultActions result, int status, String field) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }
}
