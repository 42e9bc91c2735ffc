package io.alphapulse.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.store.bars.BarRepository;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class BacktestControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BarRepository bars;

    @Test
    void sampleBacktest_runsInTheBackground_andReturnsTheCliJson() throws Exception {
        String id =
                submit("{\"strategy\":\"sma-cross\",\"data\":\"sample:btc-1m\",\"params\":{\"fast\":5,\"slow\":20}}");

        String done = awaitFinished(id);

        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("done");
        assertThat(JsonPath.<Double>read(done, "$.progress")).isEqualTo(1.0);
        assertThat(JsonPath.<String>read(done, "$.result.strategy")).isEqualTo("sma-cross");
        assertThat(JsonPath.<String>read(done, "$.result.symbol")).isEqualTo("BTC-USD");
        assertThat(JsonPath.<Integer>read(done, "$.result.params.fast")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(done, "$.result.bars")).isEqualTo(9399);
        assertThat(JsonPath.<Integer>read(done, "$.result.metrics.initialCash")).isEqualTo(10000);
        assertThat(JsonPath.<Integer>read(done, "$.result.equity.length()")).isEqualTo(9399);
    }

    @Test
    void storedBarsBacktest_readsTheStore() throws Exception {
        BarSeries.Builder builder =
                BarSeries.builder(new InstrumentId("ETH-USDT", "sim"), Timeframe.ONE_HOUR, 2, 2, 300);
        for (int i = 0; i < 300; i++) {
            long close = 200_000 + Math.round(10_000 * Math.sin(i / 10.0));
            builder.add(i * 3_600_000_000_000L, close, close + 50, close - 50, close, 1_000);
        }
        bars.upsert(builder.build());

        String done = awaitFinished(submit("{\"strategy\":\"sma-cross\",\"symbol\":\"ETH-USDT\",\"timeframe\":\"1h\","
                + "\"from\":0,\"to\":360000000,\"cash\":\"5000\"}"));

        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("done");
        assertThat(JsonPath.<Integer>read(done, "$.result.bars")).isEqualTo(100);
        assertThat(JsonPath.<Integer>read(done, "$.result.metrics.initialCash")).isEqualTo(5000);
        assertThat(JsonPath.<String>read(done, "$.result.timeframe")).isEqualTo("1h");
    }

    @Test
    void anotherUsersJob_orAnUnknownId_is404() throws Exception {
        String id = submit("{\"strategy\":\"rsi-reversion\",\"data\":\"sample:aapl-1d\"}");
        mvc.perform(get("/api/backtest/" + id).header(ApiTestConfig.USER_HEADER, "trader:" + ApiTestConfig.OTHER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("id"));
        mvc.perform(get("/api/backtest/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
        mvc.perform(get("/api/backtest/..%2F..%2Fetc"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalidRequest_is422NamingTheField() throws Exception {
        post("{\"strategy\":\"sma-cross\",\"data\":\"/etc/passwd\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().json("""
                                {"title":"Unprocessable Content","status":422,
                                 "detail":"data must be a bundled sample (sample:btc-1m, sample:aapl-1d); omit it to use stored bars",
                                 "instance":"/api/backtest","field":"data",
                                 "errors":[{"field":"data","message":"data must be a bundled sample (sample:btc-1m, sample:aapl-1d); omit it to use stored bars"}]}
                                """, JsonCompareMode.STRICT));
        post("{\"strategy\":\"sma-cross\",\"symbol\":\"SOL-USDT\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("symbol"))
                .andExpect(jsonPath("$.detail").value("no 1m bars of sim:SOL-USDT are stored"));
        post("{\"strategy\":\"sma-cross\",\"data\":\"sample:btc-1m\",\"cash\":\"NaN\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cash"));
    }

    private String submit(String json) throws Exception {
        String body = post(json)
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("queued"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String awaitFinished(String id) {
        return await().atMost(Duration.ofMinutes(2))
                .until(
                        () -> mvc.perform(get("/api/backtest/" + id))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        body -> !body.contains("\"status\":\"queued\"") && !body.contains("\"status\":\"running\""));
    }

    private ResultActions post(String json) throws Exception {
        return mvc.perform(ApiRequests.json(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/backtest"), json));
    }
}
