package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.T0;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.btc;
import static io.alphapulse.engine.execution.VenueHarness.px;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.execution.VenueHarness.usdt;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static io.alphapulse.engine.orders.LiquiditySide.MAKER;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The venue matching on trades ({@link MatchingSource#TRADES}, paper trading on a live feed): each
 * trade is a one-price bar with the trade's size as volume. Trades are {@code SECOND}s apart; fees
 * maker 5 bps, taker 10 bps.
 */
class SimulatedVenueTradeMatchingTest {

    private static final long SECOND = 1_000_000_000L;

    private int tradeNumber;

    private static VenueHarness venue(FakeAccount account, FillLimit fillLimit) {
        return new VenueHarness(
                account,
                new SimulatedVenue(
                        "sim",
                        List.of(BTC, VenueHarness.ETH),
                        account,
                        FEES,
                        FixedBpsSlippage.none(),
                        fillLimit,
                        MatchingSource.TRADES));
    }

    private static VenueHarness venue(FakeAccount account) {
        return venue(account, new NoFillLimit());
    }

    /** Replays a trade of sim:BTC-USDT {@code seconds} after T0, moving the clock there. */
    private TradeTick trade(VenueHarness venue, int seconds, String price, String size) {
        TradeTick trade = tradeAt(T0 + seconds * SECOND, price, size);
        venue.kernel.replay(List.of(trade).iterator());
        return trade;
    }

    private TradeTick trade(VenueHarness venue, int seconds, String price) {
        return trade(venue, seconds, price, "1");
    }

    private TradeTick tradeAt(long timestampNanos, String price, String size) {
        return new TradeTick(BTC.id(), px(price), Quantity.parse(size), SELL, "t-" + ++tradeNumber, timestampNanos);
    }

    @Test
    void marketBuy_fillsAtTheFirstTradeAfterItsAcceptance_notAtTheOneBefore() {
        VenueHarness venue = venue(richAccount());
        trade(venue, 1, "100");
        ClientOrderId id = venue.market(BUY, "1");
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");

        TradeTick next = trade(venue, 2, "101");
        trade(venue, 3, "102");

        OrderFillEvent fill = venue.onlyFill(id);
        assertFill(fill, "1", "101", "0.101", TAKER);
        assertThat(fill.timestampNanos()).isEqualTo(next.timestampNanos());
        assertThat(venue.venue.openOrderCount()).isZero();
    }

    @Test
    void aTradeArrivingAfterTheOrder_fillsIt_evenWhenItsVenueTimeIsEarlierThanTheAcceptance() {
        // Live: the order is accepted at the wall clock's time, the trade that follows it on the feed
        // carries the venue's time, earlier by the feed's latency. Arrival order decides.
        VenueHarness venue = venue(richAccount());
        venue.kernel.advanceTo(T0 + 10 * SECOND);
        ClientOrderId id = venue.market(BUY, "1");
        TradeTick late = tradeAt(T0 + 10 * SECOND - 40_000_000L, "100", "1");
        venue.kernel.process(late);

        OrderFillEvent fill = venue.onlyFill(id);
        assertFill(fill, "1", "100", "0.1", TAKER);
        assertThat(fill.timestampNanos()).isEqualTo(late.timestampNanos());
    }

    @Test
    void fillTime_isTheTradesTime() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId market = venue.market(BUY, "1");
        ClientOrderId limit = venue.limit(BUY, "1", "95");
        TradeTick first = trade(venue, 7, "100");
        TradeTick second = trade(venue, 9, "94.50");

        assertThat(venue.onlyFill(market).timestampNanos()).isEqualTo(first.timestampNanos());
        assertThat(venue.onlyFill(limit).timestampNanos()).isEqualTo(second.timestampNanos());
    }

    @Test
    void restingLimitBuy_fillsOnlyWhenATradeReachesTheLimit_asMakerAtTheLimit() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        trade(venue, 1, "100");
        trade(venue, 2, "99.01");
        assertThat(venue.fillsOf(id)).isEmpty();
        assertThat(venue.venue.openOrderIds()).containsExactly(id);

        trade(venue, 3, "99");
        // 99 * 5 bps
        assertFill(venue.onlyFill(id), "1", "99", "0.0495", MAKER);
    }

    @Test
    void restingLimitBuy_tradedThrough_fillsAtItsLimit_notAtTheBetterTradePrice() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        trade(venue, 1, "100");
        trade(venue, 2, "98");
        assertFill(venue.onlyFill(id), "1", "99", "0.0495", MAKER);
    }

    @Test
    void restingLimitSell_fillsWhenATradeReachesIt_asMakerAtTheLimit() {
        VenueHarness venue = venue(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.limit(SELL, "1", "101");
        trade(venue, 1, "100");
        assertThat(venue.fillsOf(id)).isEmpty();
        trade(venue, 2, "101.50");
        assertFill(venue.onlyFill(id), "1", "101", "0.0505", MAKER);
    }

    @Test
    void limitBuy_marketableAtTheFirstTrade_fillsAtTheTradePriceAsTaker() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "101");
        trade(venue, 1, "100");
        assertFill(venue.onlyFill(id), "1", "100", "0.1", TAKER);
    }

    @Test
    void stopMarketBuy_triggersOnTheTradeThatReachesIt_andFillsThereAsTaker() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId id = venue.stopMarket(BUY, "1", "101", TimeInForce.GTC);
        trade(venue, 1, "100");
        trade(venue, 2, "100.99");
        assertThat(venue.fillsOf(id)).isEmpty();

        TradeTick trigger = trade(venue, 3, "101.20");
        OrderFillEvent fill = venue.onlyFill(id);
        assertFill(fill, "1", "101.20", "0.1012", TAKER);
        assertThat(fill.timestampNanos()).isEqualTo(trigger.timestampNanos());
    }

    @Test
    void stopMarketSell_triggersOnATradeAtItsTrigger() {
        VenueHarness venue = venue(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.stopMarket(SELL, "1", "95", TimeInForce.GTC);
        trade(venue, 1, "96");
        assertThat(venue.fillsOf(id)).isEmpty();
        trade(venue, 2, "95");
        assertFill(venue.onlyFill(id), "1", "95", "0.095", TAKER);
    }

    @Test
    void stopLimitBuy_triggeredByATrade_worksItsLimitFromThatTrade() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId within = venue.stopLimit(BUY, "1", "101", "101.50", TimeInForce.GTC);
        ClientOrderId beyond = venue.stopLimit(BUY, "1", "101", "101.10", TimeInForce.GTC);
        trade(venue, 1, "101.20");
        assertFill(venue.onlyFill(within), "1", "101.20", "0.1012", TAKER);
        assertThat(venue.fillsOf(beyond)).isEmpty();

        trade(venue, 2, "101");
        assertFill(venue.onlyFill(beyond), "1", "101.10", "0.05055", MAKER);
    }

    @Test
    void quoteQuantityBuy_isSizedAtTheTradePrice() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId id = venue.marketQuote(BUY, usdt("1000"));
        trade(venue, 1, "125");

        OrderFillEvent fill = venue.onlyFill(id);
        // floor_to_lot(1000 / (125 * 1.001)) = 7.99200799
        assertThat(fill.lastQuantity()).isEqualTo(btc("7.99200799"));
        assertThat(fill.lastPrice()).isEqualTo(px("125"));
        assertThat(fill.liquiditySide()).isEqualTo(TAKER);
        Money cost = BTC.notional(fill.lastPrice(), fill.lastQuantity()).add(fill.commission());
        assertThat(cost.isGreaterThan(usdt("1000"))).as("cost %s", cost).isFalse();
    }

    @Test
    void bars_doNotMatchOrders() {
        VenueHarness venue = venue(richAccount());
        ClientOrderId market = venue.market(BUY, "1");
        ClientOrderId limit = venue.limit(BUY, "1", "99");
        venue.bar(0, "100", "101", "98", "100");
        assertThat(venue.fillsOf(market)).isEmpty();
        assertThat(venue.fillsOf(limit)).isEmpty();
        assertThat(venue.venue.openOrderIds()).containsExactly(market, limit);

        trade(venue, 61, "100.50");
        assertFill(venue.onlyFill(market), "1", "100.50", "0.1005", TAKER);
        assertThat(venue.fillsOf(limit)).isEmpty();
    }

    @Test
    void aBarsVenue_ignoresTrades() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.market(BUY, "1");
        trade(venue, 1, "100");
        assertThat(venue.fillsOf(id)).isEmpty();
        venue.bar(1, "101", "102", "100", "101");
        assertFill(venue.onlyFill(id), "1", "101", "0.101", TAKER);
    }

    @Test
    void volumeParticipation_capsEachFillByTheTradesSize() {
        VenueHarness venue = venue(richAccount(), new VolumeParticipation(new BigDecimal("0.1")));
        ClientOrderId id = venue.market(BUY, "1");
        trade(venue, 1, "100", "5");
        trade(venue, 2, "101", "3");
        trade(venue, 3, "102", "4");

        assertThat(venue.kindsOf(id))
                .containsExactly(
                        "OrderSubmitted",
                        "OrderAccepted",
                        "OrderPartiallyFilled",
                        "OrderPartiallyFilled",
                        "OrderFilled");
        List<OrderFillEvent> fills = venue.fillsOf(id);
        assertFill(fills.get(0), "0.5", "100", "0.05", TAKER);
        assertFill(fills.get(1), "0.3", "101", "0.0303", TAKER);
        assertFill(fills.get(2), "0.2", "102", "0.0204", TAKER);
    }

    @Test
    void volumeParticipation_isSharedByTheOrdersOfOneTrade_oldestFirst() {
        VenueHarness venue = venue(richAccount(), new VolumeParticipation(new BigDecimal("0.1")));
        ClientOrderId older = venue.market(BUY, "0.4");
        ClientOrderId newer = venue.market(BUY, "0.4");
        trade(venue, 1, "100", "5");
        assertFill(venue.onlyFill(older), "0.4", "100", "0.04", TAKER);
        assertFill(venue.onlyFill(newer), "0.1", "100", "0.01", TAKER);
    }
}
