package io.alphapulse.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.indicators.SimpleMovingAverage;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.store.bars.BarRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MvcResult;

@ApiSliceTest
class MarketControllerTest extends FakeLiveSliceTest {

    /** 2023-11-14T22:13:00Z, a whole minute. */
    static final long START_MILLIS = 1_700_000_000_000L - 1_700_000_000_000L % 60_000;

    static final int BARS = 40;

    @Autowired
    BarRepository bars;

    @BeforeEach
    void storeBars() throws Exception {
        BarSeries.Builder builder =
                BarSeries.builder(new InstrumentId("BTC-USDT", "sim"), Timeframe.ONE_MINUTE, 2, 4, BARS);
        for (int i = 0; i < BARS; i++) {
            long close = 4_000_000 + i * 100L; // 40000.00 rising by 1.00
            builder.add(
                    (START_MILLIS + i * 60_000L) * 1_000_000L, close - 50, close + 100, close - 100, close, 10_000 + i);
        }
        bars.upsert(builder.build());
    }

    @Test
    void prices_listsTheLiveView() throws Exception {
        mvc.perform(get("/api/market/prices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].symbol").value("BTC-USDT"))
                .andExpect(jsonPath("$[0].last").value(40000))
                .andExpect(jsonPath("$[1].bid").isEmpty());
    }

    @Test
    void history_withoutFrom_returnsTheLastBarsAsNumbers() throws Exception {
        long lastOpen = START_MILLIS + (BARS - 1) * 60_000L;
        mvc.perform(get("/api/market/history?symbol=btc-usdt&timeframe=1m&limit=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.symbol").value("BTC-USDT"))
                .andExpect(jsonPath("$.timeframe").value("1m"))
                .andExpect(jsonPath("$.bars.length()").value(3))
                .andExpect(jsonPath("$.bars[2].openTime").value(lastOpen))
                .andExpect(jsonPath("$.bars[2].closeTime").value(lastOpen + 60_000))
                .andExpect(jsonPath("$.bars[2].close").value(40039.0))
                .andExpect(jsonPath("$.bars[2].volume").value(1.0039));
    }

    @Test
    void history_withFrom_returnsTheFirstBarsFromThere() throws Exception {
        long from = START_MILLIS + 5 * 60_000L;
        mvc.perform(get("/api/market/history?symbol=BTC-USDT&from=" + from + "&limit=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bars.length()").value(2))
                .andExpect(jsonPath("$.bars[0].openTime").value(from))
                .andExpect(jsonPath("$.bars[1].openTime").value(from + 60_000));
    }

    @Test
    void history_ofAnInstrumentWithoutBars_isEmpty() throws Exception {
        mvc.perform(get("/api/market/history?symbol=ETH-USDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bars.length()").value(0));
    }

    @Test
    void history_unknownSymbol_is404NamingSymbol() throws Exception {
        mvc.perform(get("/api/market/history?symbol=DOGE-USDT"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                                {"title":"Not Found","status":404,
                                 "detail":"unknown symbol 'DOGE-USDT'","instance":"/api/market/history",
                                 "field":"symbol",
                                 "errors":[{"field":"symbol","message":"unknown symbol 'DOGE-USDT'"}]}
                                """, JsonCompareMode.STRICT));
    }

    @Test
    void history_badParameters_are400NamingTheParameter() throws Exception {
        expectProblem("/api/market/history", 400, "symbol");
        expectProblem("/api/market/history?symbol=BTC-USDT&timeframe=7x", 400, "timeframe");
        expectProblem("/api/market/history?symbol=BTC-USDT&limit=0", 400, "limit");
        expectProblem("/api/market/history?symbol=BTC-USDT&limit=5001", 400, "limit");
        expectProblem("/api/market/history?symbol=BTC-USDT&limit=abc", 400, "limit");
        expectProblem("/api/market/history?symbol=BTC-USDT&from=-1", 400, "from");
        expectProblem("/api/market/history?symbol=BTC-USDT&from=99999999999999999999", 400, "from");
        expectProblem("/api/market/history?symbol=BTC-USDT&from=10&to=5", 400, "to");
        expectProblem("/api/market/history?symbol=%3Cscript%3E", 400, "symbol");
    }

    @Test
    void indicators_sma_matchesTheEngineIndicatorOverTheStoredCloses() throws Exception {
        MvcResult result = mvc.perform(get("/api/market/indicators?symbol=BTC-USDT&timeframe=1m&name=SMA&period=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("sma"))
                .andExpect(jsonPath("$.period").value(5))
                .andExpect(jsonPath("$.points.length()").value(BARS - 4))
                .andReturn();
        SimpleMovingAverage reference = new SimpleMovingAverage(5);
        for (int i = 0; i < BARS; i++) {
            reference.update(40000.0 + i);
        }
        // the last point is the average of the last five closes: 40035..40039
        assertThat(reference.value()).isEqualTo(40037.0);
        String body = result.getResponse().getContentAsString();
        assertThat(body).contains("{\"ts\":" + (START_MILLIS + (BARS - 1) * 60_000L) + ",\"value\":40037.0}");
        assertThat(body).contains("{\"ts\":" + (START_MILLIS + 4 * 60_000L) + ",\"value\":40002.0}");
    }

    @Test
    void indicators_limitKeepsTheLastPoints() throws Exception {
        mvc.perform(get("/api/market/indicators?symbol=BTC-USDT&name=rsi&period=14&limit=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(3))
                // closes only rise, so the RSI is 100
                .andExpect(jsonPath("$.points[2].value").value(100.0));
    }

    @Test
    void indicators_badParameters_are400NamingTheParameter() throws Exception {
        expectProblem("/api/market/indicators?symbol=BTC-USDT", 400, "name");
        expectProblem("/api/market/indicators?symbol=BTC-USDT&name=magic", 400, "name");
        expectProblem("/api/market/indicators?symbol=BTC-USDT&name=sma&period=0", 400, "period");
        expectProblem("/api/market/indicators?symbol=BTC-USDT&name=sma&period=1001", 400, "period");
        expectProblem("/api/market/indicators?symbol=BTC-USDT&name=obv&period=3", 400, "period");
        expectProblem("/api/market/indicators?symbol=BTC-USDT&name=sma&period=1.5", 400, "period");
        expectProblem("/api/market/indicators?symbol=NOPE-USDT&name=sma", 404, "symbol");
    }

    private void expectProblem(String uri, int status, String field) throws Exception {
        ApiRequests.expectProblem(mvc.perform(get(uri)), status, field)
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
