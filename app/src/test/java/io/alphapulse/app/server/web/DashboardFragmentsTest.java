package io.alphapulse.app.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alphapulse.app.server.live.FakeLiveView;
import io.alphapulse.app.server.live.OrderView;
import io.alphapulse.app.server.live.PortfolioView;
import io.alphapulse.app.server.live.PositionView;
import io.alphapulse.app.server.live.PriceView;
import io.alphapulse.app.server.live.SignalView;
import io.alphapulse.app.server.live.TradeView;
import io.alphapulse.app.server.security.CurrentUser;
import io.alphapulse.infra.store.users.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class DashboardFragmentsTest {

    private static final long TS = 1_763_715_845_000L; // 09:04:05 UTC

    private final CurrentUser caller = new CurrentUser(UUID.randomUUID(), "alice", Role.VIEWER);
    private final UUID someoneElse = UUID.randomUUID();
    private final FakeLiveView live = new FakeLiveView();
    private final MockMvc mvc = WebTemplates.mockMvc(caller, new DashboardFragments(live));

    @Test
    void prices_renderEachInstrument_withATestablePriceCell() throws Exception {
        live.prices.add(price("BTC-USDT", "43251.5", "43251.4", "43251.6", -1.234));
        live.prices.add(price("ETH-USDT", "2310.25", null, null, 0.5));

        String html = render("/ui/fragments/prices");

        assertThat(cell(html, "price-BTC-USDT")).isEqualTo("43,251.50");
        assertThat(cell(html, "price-ETH-USDT")).isEqualTo("2,310.25");
        assertThat(html).contains("data-key=\"sim:BTC-USDT\"").contains("data-value=\"43251.5\"");
        assertThat(html).contains("43,251.40").contains("43,251.60");
        assertThat(html).containsPattern("class=\"num down\"[^>]*>−1.23%<");
        assertThat(html).containsPattern("class=\"num up\"[^>]*>\\+0.50%<");
        assertThat(html).contains("<time datetime=\"2025-11-21T09:04:05Z\">09:04:05</time>");
        assertThat(html.indexOf("BTC-USDT")).isLessThan(html.indexOf("ETH-USDT"));
    }

    @Test
    void prices_beforeTheFirstTrade_sayTheyAreWaiting() throws Exception {
        String html = render("/ui/fragments/prices");

        assertThat(html).contains("No prices yet").doesNotContain("<table");
    }

    @Test
    void portfolio_showsHeadlineFigures_withSignedPnl() throws Exception {
        live.portfolio = portfolio(List.of());

        String html = render("/ui/fragments/portfolio");

        assertThat(cell(html, "portfolio-equity")).isEqualTo("100,123.46");
        assertThat(cell(html, "portfolio-cash")).isEqualTo("57,000.00");
        assertThat(html).containsPattern("data-field=\"dayPnl\"[^>]*class=\"down\"[^>]*>−12.30<");
        assertThat(html).containsPattern("data-field=\"unrealizedPnl\"[^>]*class=\"up\"[^>]*>\\+135.76<");
        assertThat(html).contains("USDT");
    }

    @Test
    void positions_listOpenPositions() throws Exception {
        live.portfolio = portfolio(List.of(new PositionView(
                "sim",
                "BTC-USDT",
                "long",
                new BigDecimal("0.5000"),
                new BigDecimal("43000"),
                new BigDecimal("43251.5"),
                new BigDecimal("21625.75"),
                new BigDecimal("125.75"),
                BigDecimal.ZERO,
                "USDT")));

        String html = render("/ui/fragments/positions");

        assertThat(html)
                .contains("BTC-USDT")
                .contains(">0.5<")
                .contains("43,000.00")
                .contains("21,625.75");
        assertThat(html).contains("+125.75");
    }

    @Test
    void positions_whenFlat_sayThereAreNone() throws Exception {
        assertThat(render("/ui/fragments/positions")).contains("No open positions");
    }

    @Test
    void orders_showTheStrategiesAndTheCallersOrders_butNotAnotherUsers() throws Exception {
        live.orders.add(order("strategy-1", "filled", null));
        live.orders.add(order("mine-1", "accepted", caller.id()));
        live.orders.add(order("theirs-1", "accepted", someoneElse));

        String html = render("/ui/fragments/orders");

        assertThat(html).contains("data-order-id=\"strategy-1\"").contains("data-order-id=\"mine-1\"");
        assertThat(html).doesNotContain("theirs-1");
        assertThat(cell(html, "open-orders")).isEqualTo("1 open order");
    }

    @Test
    void orders_showTheMostRecentOnly() throws Exception {
        for (int i = 0; i < DashboardFragments.RECENT_ROWS + 5; i++) {
            live.orders.add(order("o-" + i, "accepted", null));
        }

        String html = render("/ui/fragments/orders");

        assertThat(count(html, "data-order-id=")).isEqualTo(DashboardFragments.RECENT_ROWS);
        assertThat(html)
                .contains("data-order-id=\"o-0\"")
                .doesNotContain("data-order-id=\"o-" + DashboardFragments.RECENT_ROWS + "\"");
        assertThat(cell(html, "open-orders")).isEqualTo((DashboardFragments.RECENT_ROWS + 5) + " open orders");
    }

    @Test
    void orders_showStatusInWords_andTheRejectionReason() throws Exception {
        OrderView rejected = order("r-1", "rejected", caller.id());
        live.orders.add(withReason(rejected, "max notional exceeded"));
        live.orders.add(order("p-1", "partially_filled", null));

        String html = render("/ui/fragments/orders");

        assertThat(html).contains("title=\"max notional exceeded\"").contains(">partially filled<");
    }

    @Test
    void trades_askForTheRecentFillsTheCallerMaySee() throws Exception {
        live.trades.add(trade("t-1", null));
        live.trades.add(trade("t-2", someoneElse));

        String html = render("/ui/fragments/trades");

        assertThat(html).contains("data-trade-id=\"t-1\"").doesNotContain("t-2");
        assertThat(html).contains("0.00043 USDT").contains("43,251.50");
        assertThat(live.lastTradesLimit).isEqualTo(DashboardFragments.RECENT_ROWS);
    }

    @Test
    void signals_showStrengthSigned() throws Exception {
        live.signals.add(new SignalView("ensemble", "sim", "ETH-USDT", -0.4249, TS));

        String html = render("/ui/fragments/signals");

        assertThat(html).contains("ensemble").contains("ETH-USDT").containsPattern("class=\"num down\">−0.42<");
        assertThat(live.lastSignalsLimit).isEqualTo(DashboardFragments.RECENT_ROWS);
    }

    @Test
    void namesFromTheData_areEscaped() throws Exception {
        live.signals.add(new SignalView("<img src=x onerror=alert(1)>", "sim", "BTC-USDT", 0.1, TS));

        String html = render("/ui/fragments/signals");

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void fragments_areBareHtml_withoutAPageAroundThem() throws Exception {
        String html = render("/ui/fragments/portfolio");

        assertThat(html.strip()).startsWith("<div>").doesNotContain("<html").doesNotContain("<body");
    }

    private String render(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the element with {@code data-testid}, as a browser test would find it. */
    private static String cell(String html, String testId) {
        Matcher matcher = Pattern.compile("data-testid=\"" + Pattern.quote(testId) + "\"[^>]*>([^<]*)<")
                .matcher(html);
        assertThat(matcher.find())
                .as("element with test id %s in %s", testId, html)
                .isTrue();
        return matcher.group(1).strip();
    }

    private static int count(String html, String needle) {
        int count = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static PriceView price(String symbol, String last, String bid, String ask, double changePct) {
        return new PriceView(
                "sim",
                symbol,
                new BigDecimal(last),
                bid == null ? null : new BigDecimal(bid),
                ask == null ? null : new BigDecimal(ask),
                new BigDecimal(last),
                changePct,
                BigDecimal.TEN,
                TS);
    }

    private static PortfolioView portfolio(List<PositionView> positions) {
        return new PortfolioView(
                "USDT",
                new BigDecimal("100123.456"),
                new BigDecimal("57000"),
                BigDecimal.ZERO,
                new BigDecimal("135.755"),
                new BigDecimal("-12.30"),
                new BigDecimal("4.2"),
                List.of(),
                positions,
                TS);
    }

    private static OrderView order(String id, String status, UUID owner) {
        return new OrderView(
                id,
                null,
                "sim",
                "BTC-USDT",
                "buy",
                "limit",
                "gtc",
                new BigDecimal("0.25"),
                null,
                new BigDecimal("43000"),
                null,
                status,
                BigDecimal.ZERO,
                null,
                owner == null ? "ensemble" : "manual",
                null,
                TS,
                TS,
                owner);
    }

    private static OrderView withReason(OrderView o, String reason) {
        return new OrderView(
                o.id(),
                o.venueOrderId(),
                o.venue(),
                o.symbol(),
                o.side(),
                o.type(),
                o.timeInForce(),
                o.quantity(),
                o.quoteQuantity(),
                o.price(),
                o.stopPrice(),
                o.status(),
                o.filledQuantity(),
                o.averagePrice(),
                o.source(),
                reason,
                o.createdAt(),
                o.updatedAt(),
                o.owner());
    }

    private static TradeView trade(String id, UUID owner) {
        return new TradeView(
                id,
                "o-" + id,
                "sim",
                "BTC-USDT",
                "sell",
                new BigDecimal("0.01"),
                new BigDecimal("43251.5"),
                new BigDecimal("0.00043"),
                "USDT",
                "taker",
                owner == null ? "ensemble" : "manual",
                TS,
                owner);
    }
}
