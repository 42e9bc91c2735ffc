package io.alphapulse.app.server.api;

import static io.alphapulse.app.server.api.ApiRequests.expectProblem;
import static io.alphapulse.app.server.api.ApiRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class ExchangeControllerTest extends FakeLiveSliceTest {

    @Test
    void balance_listsCashPerCurrency() throws Exception {
        mvc.perform(get("/api/exchange/balance?venue=SIM"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                                {"venue":"sim","balances":[{"currency":"USDT","cash":80000,"equity":100000}],
                                 "ts":1700000000000}
                                """, JsonCompareMode.STRICT));
        mvc.perform(get("/api/exchange/balance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.venue").value("sim"));
    }

    @Test
    void balance_unknownVenue_is404NamingVenue() throws Exception {
        mvc.perform(get("/api/exchange/balance?venue=nyse"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                                {"title":"Not Found","status":404,"detail":"unknown venue 'nyse'; connected: sim",
                                 "instance":"/api/exchange/balance","field":"venue",
                                 "errors":[{"field":"venue","message":"unknown venue 'nyse'; connected: sim"}]}
                                """, JsonCompareMode.STRICT));
    }

    @Test
    void submit_acceptsAmountsAsStringsOrNumbers_andAnswers201WithLocation() throws Exception {
        order("""
                        {"venue":"sim","symbol":"BTC-USDT","side":"BUY","type":"limit","quantity":"0.5",
                         "price":39000.5,"timeInForce":"gtc","clientOrderId":"my-order_1"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/exchange/orders/my-order_1"))
                .andExpect(jsonPath("$.id").value("my-order_1"))
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.quantity").value(0.5))
                .andExpect(jsonPath("$.price").value(39000.5))
                .andExpect(jsonPath("$.owner").doesNotExist());
        assertThat(live.submitted).hasSize(1);
        assertThat(live.submitted.get(0).quantity()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(live.order("my-order_1", ApiTestConfig.TRADER).orElseThrow().owner())
                .isEqualTo(ApiTestConfig.TRADER);
    }

    @Test
    void submit_shapeErrors_are422NamingEveryField() throws Exception {
        order("{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"hold\",\"type\":\"market\",\"quantity\":-1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().json("""
                                {"title":"Unprocessable Content","status":422,
                                 "detail":"quantity must be greater than 0; side must be buy or sell",
                                 "instance":"/api/exchange/order","field":"quantity",
                                 "errors":[{"field":"quantity","message":"must be greater than 0"},
                                           {"field":"side","message":"must be buy or sell"}]}
                                """, JsonCompareMode.STRICT));
        expectField(
                order("{\"venue\":\"sim\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"type\":\"market\"}"),
                422,
                "quantity");
        expectField(order(body("quantity", "0")), 422, "quantity");
        expectField(order(body("quantity", "\"1e999999999\"")), 422, "quantity");
        expectField(order(body("quantity", "0.0000000000000000001")), 422, "quantity");
        expectField(order(body("type", "\"iceberg\"")), 422, "type");
        expectField(order(body("timeInForce", "\"day\"")), 422, "timeInForce");
        expectField(order(body("clientOrderId", "\"has space\"")), 422, "clientOrderId");
        expectField(order(body("price", "-5")), 422, "price");
        expectField(order(body("venue", "\"\"")), 422, "venue");
    }

    @Test
    void submit_unparseableValues_are400NamingTheField() throws Exception {
        expectField(order(body("quantity", "\"NaN\"")), 400, "quantity");
        expectField(order(body("quantity", "\"Infinity\"")), 400, "quantity");
        expectField(order(body("quantity", "[1]")), 400, "quantity");
        expectField(order(body("quantity", "{\"a\":1}")), 400, "quantity");
        expectField(order("{\"venue\":\"sim\",\"quantity\":1,"), 400, "body");
        expectField(order(""), 400, "body");
    }

    @Test
    void submit_unknownVenueOrSymbol_is422() throws Exception {
        expectField(order(body("venue", "\"nyse\"")), 422, "venue");
        expectField(order(body("symbol", "\"DOGE-USDT\"")), 422, "symbol");
    }

    @Test
    void submit_refusalsOfLiveTrading_mapToTheirStatus() throws Exception {
        expectField(order(body("quantity", "0.00005")), 422, "quantity");
        order(body("clientOrderId", "\"dup\"")).andExpect(status().isCreated());
        expectField(order(body("clientOrderId", "\"dup\"")), 409, "clientOrderId");
        expectField(order(body("quantity", "5000")), 422, "quantity");
        assertThat(live.orders(ApiTestConfig.TRADER).get(0).status()).isEqualTo("rejected");
        live.kernelBusy = true;
        order(body("quantity", "1"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the kernel is busy"))
                .andExpect(jsonPath("$.errors.length()").value(0));
    }

    @Test
    void submit_wrongContentType_is415() throws Exception {
        mvc.perform(post("/api/exchange/order")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("buy 1 BTC"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("Content-Type"));
    }

    @Test
    void orders_areFilteredByStatus_andHideOtherUsersOrders() throws Exception {
        live.addStrategyOrder("s1", "filled");
        order(body("clientOrderId", "\"mine\"")).andExpect(status().isCreated());
        mvc.perform(get("/api/exchange/orders?status=open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("mine"));
        mvc.perform(get("/api/exchange/orders?status=filled"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("s1"));
        mvc.perform(get("/api/exchange/orders"))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/exchange/orders").header(ApiTestConfig.USER_HEADER, "trader:" + ApiTestConfig.OTHER))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("s1"));
        expectField(mvc.perform(get("/api/exchange/orders?status=pending")), 400, "status");
    }

    @Test
    void cancel_cancelsAnOpenOrder_once() throws Exception {
        order(body("clientOrderId", "\"c1\"")).andExpect(status().isCreated());
        mvc.perform(delete("/api/exchange/orders/c1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("canceled"));
        expectField(mvc.perform(delete("/api/exchange/orders/c1")), 409, "id");
        mvc.perform(get("/api/exchange/orders/c1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("canceled"));
    }

    @Test
    void cancel_anotherUsersOrderOrGarbage_is404() throws Exception {
        order(body("clientOrderId", "\"c2\"")).andExpect(status().isCreated());
        expectField(
                mvc.perform(delete("/api/exchange/orders/c2")
                        .header(ApiTestConfig.USER_HEADER, "trader:" + ApiTestConfig.OTHER)),
                404,
                "id");
        expectField(mvc.perform(delete("/api/exchange/orders/%3B%20drop")), 404, "id");
        expectField(mvc.perform(get("/api/exchange/orders/nope")), 404, "id");
    }

    @Test
    void wrongMethodAndUnknownPath_areProblems() throws Exception {
        mvc.perform(json(put("/api/exchange/order"), "{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405));
        mvc.perform(get("/api/exchange/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    /** A valid market order with {@code field} set to the raw JSON {@code value}. */
    static String body(String field, String value) {
        StringBuilder json = new StringBuilder("{");
        String[][] fields = {
            {"venue", "\"sim\""},
            {"symbol", "\"BTC-USDT\""},
            {"side", "\"buy\""},
            {"type", "\"market\""},
            {"quantity", "1"}
        };
        boolean seen = false;
        for (String[] entry : fields) {
            String actual = entry[0].equals(field) ? value : entry[1];
            seen |= entry[0].equals(field);
            json.append('"').append(entry[0]).append("\":").append(actual).append(',');
        }
        if (!seen) {
            json.append('"').append(field).append("\":").append(value).append(',');
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private ResultActions order(String body) throws Exception {
        return mvc.perform(json(post("/api/exchange/order"), body));
    }

    private static void expectField(ResultActions result, int status, String field) throws Exception {
        expectProblem(result, status, field).andExpect(jsonPath("$.status").value(status));
    }
}
