package io.alphapulse.app.server.api;

import static io.alphapulse.app.server.api.ApiRequests.expectProblem;
import static io.alphapulse.app.server.api.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class PortfolioControllerTest extends FakeLiveSliceTest {

    @Test
    void summary_hasTheHeadlineFiguresAndAccounts() throws Exception {
        mvc.perform(get("/api/portfolio/summary"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                                {"currency":"USDT","equity":100000,"cash":80000,"realizedPnl":0,
                                 "unrealizedPnl":1000,"dayPnl":250.5,"fees":19,"ts":1700000000000,
                                 "accounts":[{"currency":"USDT","equity":100000,"cash":80000,"realizedPnl":0,
                                              "unrealizedPnl":1000,"fees":19}]}
                                """, JsonCompareMode.STRICT));
    }

    @Test
    void positionsAndHistory_comeFromTheLiveView() throws Exception {
        mvc.perform(get("/api/portfolio/positions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].symbol").value("BTC-USDT"))
                .andExpect(jsonPath("$[0].quantity").value(0.5));
        mvc.perform(get("/api/portfolio/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].equity").value(100000));
    }

    @Test
    void rebalance_dryRun_plansLotSizedMarketOrdersSellsFirst() throws Exception {
        // equity 100000, 0.5 BTC at 40000 (20%): BTC to 10% sells 0.25; ETH to 10% at 2000 buys 5
        rebalance("{\"targets\":{\"BTC-USDT\":0.1,\"ETH-USDT\":\"0.1\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.equity").value(100000))
                .andExpect(jsonPath("$.planned.length()").value(2))
                .andExpect(jsonPath("$.planned[0].symbol").value("BTC-USDT"))
                .andExpect(jsonPath("$.planned[0].side").value("sell"))
                .andExpect(jsonPath("$.planned[0].quantity").value(0.25))
                .andExpect(jsonPath("$.planned[0].currentWeight").value(0.2))
                .andExpect(jsonPath("$.planned[1].symbol").value("ETH-USDT"))
                .andExpect(jsonPath("$.planned[1].side").value("buy"))
                .andExpect(jsonPath("$.planned[1].quantity").value(5))
                .andExpect(jsonPath("$.orders.length()").value(0));
        assertThat(live.submitted).isEmpty();
    }

    @Test
    void rebalance_roundsTowardZeroToTheLot() throws Exception {
        // ETH 1% of 100000 = 1000 at 2000 = 0.5; 0.0123456 weight = 1234.56 / 2000 = 0.61728 -> 0.617
        rebalance("{\"targets\":{\"ETH-USDT\":0.0123456}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned[0].quantity").value(0.617));
    }

    @Test
    void rebalance_atTheTargetAlready_plansNothing() throws Exception {
        rebalance("{\"targets\":{\"BTC-USDT\":0.2}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned.length()").value(0));
    }

    @Test
    void rebalance_notDryRun_submitsTheOrdersForTheCaller() throws Exception {
        rebalance("{\"targets\":{\"BTC-USDT\":0.1,\"ETH-USDT\":0.1},\"dryRun\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.orders.length()").value(2))
                .andExpect(jsonPath("$.orders[0].order.status").value("accepted"))
                .andExpect(jsonPath("$.orders[0].order.type").value("market"))
                .andExpect(jsonPath("$.orders[1].order.side").value("buy"));
        assertThat(live.submitted).hasSize(2);
        assertThat(live.submitted.get(0).quantity()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(live.orders(ApiTestConfig.TRADER)).hasSize(2);
        assertThat(live.orders(ApiTestConfig.OTHER)).isEmpty();
    }

    @Test
    void rebalance_refusedOrders_areReportedPerOrder() throws Exception {
        live.halt("test");
        rebalance("{\"targets\":{\"ETH-USDT\":0.1},\"dryRun\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders[0].order").isEmpty())
                .andExpect(jsonPath("$.orders[0].error").value("trading is halted"));
    }

    @Test
    void rebalance_byAViewer_mayPlanButNotPlace() throws Exception {
        String viewer = "viewer:" + ApiTestConfig.OTHER;
        mvc.perform(json(
                        post("/api/portfolio/rebalance").header(ApiTestConfig.USER_HEADER, viewer),
                        "{\"targets\":{\"ETH-USDT\":0.1}}"))
                .andExpect(status().isOk());
        mvc.perform(json(
                        post("/api/portfolio/rebalance").header(ApiTestConfig.USER_HEADER, viewer),
                        "{\"targets\":{\"ETH-USDT\":0.1},\"dryRun\":false}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("placing rebalance orders needs the trader role"));
        assertThat(live.submitted).isEmpty();
    }

    @Test
    void rebalance_invalidTargets_are422NamingTheTarget() throws Exception {
        rebalance("{\"targets\":{\"BTC-USDT\":1.5}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().json("""
                                {"title":"Unprocessable Content","status":422,
                                 "detail":"weight must be between 0 and 1","instance":"/api/portfolio/rebalance",
                                 "field":"targets.BTC-USDT",
                                 "errors":[{"field":"targets.BTC-USDT","message":"weight must be between 0 and 1"}]}
                                """, JsonCompareMode.STRICT));
        expect422("{\"targets\":{\"BTC-USDT\":-0.1}}", "targets.BTC-USDT", "weight must be between 0 and 1");
        expect422("{\"targets\":{\"DOGE-USDT\":0.1}}", "targets.DOGE-USDT", "unknown symbol");
        expect422(
                "{\"targets\":{\"BTC-USDT\":0.6,\"ETH-USDT\":0.5}}",
                "targets",
                "weights must sum to at most 1, was 1.1");
        expect422("{\"targets\":{\"BTC-USDT\":null}}", "targets.BTC-USDT", "weight is required");
        expect422("{\"targets\":{}}", "targets", "must name at least one symbol");
        expect422("{}", "targets", "must name at least one symbol");
    }

    @Test
    void rebalance_malformedBody_is400NamingTheField() throws Exception {
        rebalance("{\"targets\":{\"BTC-USDT\":\"lots\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("targets.BTC-USDT"));
        rebalance("{\"targets\":{\"BTC-USDT\":0.1},\"dryRun\":\"maybe\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("dryRun"));
        rebalance("{\"targets\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
    }

    private void expect422(String body, String field, String message) throws Exception {
        expectProblem(rebalance(body), 422, field)
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private ResultActions rebalance(String body) throws Exception {
        return mvc.perform(json(post("/api/portfolio/rebalance"), body));
    }
}
