package io.alphapulse.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sends {@value #REQUESTS} seeded malformed requests ({@link MalformedRequests}) to every endpoint and
 * checks that none answers 5xx and that every 4xx is an {@code application/problem+json} body with a
 * status member matching the response.
 */
@ApiSliceTest
class MalformedRequestFuzzTest {

    /** Fixed so failures reproduce; another seed can be tried with {@code -Dalphapulse.fuzz.seed=N}. */
    static final long SEED = Long.getLong("alphapulse.fuzz.seed", 0x5EED_A1FAL);

    static final int REQUESTS = 1500;

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeLive live;

    @BeforeEach
    void reset() {
        live.reset();
    }

    @Test
    void malformedRequests_neverAnswer5xx_andEvery4xxIsAProblem() throws Exception {
        List<MalformedRequests.Request> requests = new MalformedRequests(SEED).generate(REQUESTS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (MalformedRequests.Request request : requests) {
            MockHttpServletResponse response =
                    mvc.perform(build(request)).andReturn().getResponse();
            int status = response.getStatus();
            statuses.merge(status, 1, Integer::sum);
            kinds.merge(request.kind(), 1, Integer::sum);
            if (status >= 500) {
                failures.add(status + " for " + request + ": " + response.getContentAsString());
            } else if (status >= 400) {
                String type = response.getContentType();
                String body = response.getContentAsString();
                if (type == null
                        || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
                    failures.add(status + " not a problem (" + type + ") for " + request + ": " + body);
                } else if (!body.contains("\"status\":" + status)) {
                    failures.add(status + " problem without its status for " + request + ": " + body);
                } else if (body.contains("Exception") || body.contains("\tat ")) {
                    failures.add(status + " leaks internals for " + request + ": " + body);
                }
            }
        }
        System.out.printf(
                "MalformedRequestFuzzTest: %d requests (seed %d) by kind %s; statuses %s%n",
                requests.size(), SEED, kinds, statuses);
        assertThat(failures).as("requests answered wrongly").isEmpty();
        assertThat(statuses.keySet()).as("statuses").allMatch(status -> status < 500);
        assertThat(statuses.keySet()).contains(400, 404, 405, 415, 422);
    }

    private static MockHttpServletRequestBuilder build(MalformedRequests.Request request) {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(request.method(), request.uri());
        request.params().forEach(builder::param);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.body() != null) {
            builder.content(request.body());
        }
        return builder;
    }
}
