package io.alphapulse.app.server.api;

import static io.alphapulse.app.server.api.ApiRequests.expectProblem;
import static io.alphapulse.app.server.api.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class TradingControllerTest extends FakeLiveSliceTest {

    @Test
    void signalsAndTrades_honourTheLimit() throws Exception {
        mvc.perform(get("/api/signals?limit=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].strength").value(1.0));
        mvc.perform(get("/api/trades"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].owner").doesNotExist());
        expectProblem(mvc.perform(get("/api/signals?limit=0")), 400, "limit");
        expectProblem(mvc.perform(get("/api/trades?limit=1001")), 400, "limit");
        expectProblem(mvc.perform(get("/api/trades?limit=ten")), 400, "limit");
    }

    @Test
    void strategies_listsTheRunningStrategies() throws Exception {
        mvc.perform(get("/api/strategies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("sma-cross"))
                .andExpect(jsonPath("$[0].parameters.fast").value("10"));
    }

    @Test
    void updateStrategy_changesParametersAndSwitch() throws Exception {
        strategy("sma-cross", "{\"enabled\":false,\"parameters\":{\"fast\":12}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.parameters.fast").value("12"));
        assertThat(live.strategyParameters).containsEntry("fast", "12").containsEntry("slow", "30");
    }

    @Test
    void updateStrategy_errors() throws Exception {
        strategy("nope", "{\"enabled\":true}")
                .andExpect(status().isNotFound())
                .andExpect(content().json("""
                                {"title":"Not Found","status":404,"detail":"no strategy 'nope'",
                                 "instance":"/api/strategies/nope","field":"name",
                                 "errors":[{"field":"name","message":"no strategy 'nope'"}]}
                                """, JsonCompareMode.STRICT));
        expectProblem(strategy("sma-cross", "{}"), 422, "enabled");
        expectProblem(strategy("sma-cross", "{\"parameters\":{\"warp\":\"9\"}}"), 422, "parameters.warp");
        expectProblem(strategy("sma-cross", "{\"parameters\":{\"fast\":\"\"}}"), 422, "parameters.fast");
        expectProblem(strategy("sma-cross", "{\"enabled\":\"sometimes\"}"), 400, "enabled");
        expectProblem(strategy("sma-cross", "{\"parameters\":[1,2]}"), 400, "parameters");
    }

    @Test
    void controls_pauseResumeHaltAndKill() throws Exception {
        mvc.perform(get("/api/controls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("running"));
        control("{\"action\":\"pause\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("paused"));
        control("{\"action\":\"RESUME\"}").andExpect(jsonPath("$.state").value("running"));
        control("{\"action\":\"kill\"}").andExpect(jsonPath("$.state").value("halted"));
        control("{\"action\":\"halt\"}").andExpect(jsonPath("$.changedBy").value("tessa"));
        assertThat(live.controlCalls).containsExactly("pause:tessa", "resume:tessa", "halt:tessa", "halt:tessa");
    }

    @Test
    void controls_unknownOrMissingAction_is422() throws Exception {
        control("{\"action\":\"explode\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().json("""
                                {"title":"Unprocessable Content","status":422,
                                 "detail":"action must be pause, resume, halt or kill","instance":"/api/controls",
                                 "field":"action",
                                 "errors":[{"field":"action","message":"must be pause, resume, halt or kill"}]}
                                """, JsonCompareMode.STRICT));
        expectProblem(control("{}"), 422, "action");
        expectProblem(control("{\"action\":7}"), 422, "action");
        assertThat(live.controlCalls).isEmpty();
    }

    private ResultActions strategy(String name, String body) throws Exception {
        return mvc.perform(json(put("/api/strategies/" + name), body));
    }

    private ResultActions control(String body) throws Exception {
        return mvc.perform(json(post("/api/controls"), body));
    }
}
