package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.ETH;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.MINUTE;
import static io.alphapulse.engine.execution.VenueHarness.T0;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.closeTime;
import static io.alphapulse.engine.execution.VenueHarness.openTime;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.execution.VenueHarness.usdt;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderAccepted;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.OrderSubmitted;
import io.alphapulse.engine.orders.OrderTopics;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Market orders: the open of the next bar, slippage against the trader, the next-bar rule, oldest first. */
class SimulatedVenueMarketOrderTest {

    private static final FixedBpsSlippage TEN_BPS = new FixedBpsSlippage(new BigDecimal("10"));

    @Test
    void marketBuy_fillsAtTheOpenOfTheNextBar_asTaker() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.market(BUY, "1");
        venue.bar(0, "100.03", "101", "99", "100.50");

        assertThat(venue.events)
                .containsExactly(
                        new OrderSubmitted(id, BTC.id(), T0),
                        new OrderAccepted(id, BTC.id(), new VenueOrderId("SIM-1"), T0),
                        new OrderFilled(
                                id,
                                BTC.id(),
                                new VenueOrderId("SIM-1"),
                                new TradeId("SIM-T-1"),
                                BUY,
                                VenueHarness.btc("1"),
                                VenueHarness.px("100.03"),
                                // 100.03 * 1 * 10 / 10,000
                                usdt("0.10003"),
                                TAKER,
                                // stamped with the bar's open time, when it filled
                                openTime(0)));
        assertThat(venue.venue.openOrderCount()).isZero();
        // 100,000 - 100.03 - 0.10003
        assertThat(venue.account.cash(BTC.quoteCurrency())).isEqualTo(usdt("99899.86997"));
    }

    @Test
    void marketBuy_withSlippage_paysTheOpenPlusSlippageRoundedUpToTheTick() {
        VenueHarness venue = new VenueHarness(richAccount(), FEES, TEN_BPS, new NoFillLimit());
        ClientOrderId id = venue.market(BUY, "1");
        venue.bar(0, "100.03", "101", "99", "100.50");
        // 100.03 * 1.001 = 100.13003 -> 100.14; fee 100.14 * 10 bps
        assertFill(venue.onlyFill(id), "1", "100.14", "0.10014", TAKER);
    }

    @Test
    void marketSell_withSlippage_getsTheOpenMinusSlippageRoundedDownToTheTick() {
        VenueHarness venue =
                new VenueHarness(richAccount().withPosition(BTC.id(), "2"), FEES, TEN_BPS, new NoFillLimit());
        ClientOrderId id = venue.market(SELL, "1");
        venue.bar(0, "100.03", "101", "99", "100.50");
        // 100.03 * 0.999 = 99.92997 -> 99.92; fee 99.92 * 10 bps
        assertFill(venue.onlyFill(id), "1", "99.92", "0.09992", TAKER);
        assertThat(venue.account.positionSize(BTC.id())).isEqualTo(VenueHarness.btc("1"));
    }

    @Test
    void slippage_onAnOpenThatNeedsNoRounding_isExact() {
        VenueHarness venue =
                new VenueHarness(richAccount().withPosition(BTC.id(), "1"), FEES, TEN_BPS, new NoFillLimit());
        ClientOrderId buy = venue.market(BUY, "1");
        ClientOrderId sell = venue.market(SELL, "1");
        venue.bar(0, "100", "101", "99", "100.50");
        assertFill(venue.onlyFill(buy), "1", "100.10", "0.1001", TAKER);
        assertFill(venue.onlyFill(sell), "1", "99.90", "0.0999", TAKER);
    }

    @Test
    void marketOrder_sentWhileABarIsProcessed_fillsAtTheOpenOfTheFollowingBar() {
        List<ClientOrderId> sent = new ArrayList<>();
        Component strategy = new Component() {
            @Override
            public String name() {
                return "strategy";
            }

            @Override
            public void onStart(Kernel kernel) {
                MessageBus bus = kernel.bus();
                var commands = bus.topic(OrderTopics.COMMANDS, OrderCommand.class);
                bus.subscribe(Bar.class, bar -> {
                    if (sent.isEmpty()) {
                        ClientOrderId id = new ClientOrderId("S-1");
                        sent.add(id);
                        bus.publish(
                                commands,
                                SubmitOrder.market(
                                        id,
                                        BTC.id(),
                                        BUY,
                                        VenueHarness.btc("1"),
                                        "test",
                                        kernel.clock().timestampNanos()));
                    }
                });
            }
        };
        VenueHarness venue =
                new VenueHarness(richAccount(), FEES, FixedBpsSlippage.none(), new NoFillLimit(), strategy);

        venue.bar(0, "100", "101", "99", "100.50");
        assertThat(venue.kindsOf(sent.get(0))).containsExactly("OrderSubmitted", "OrderAccepted");
        assertThat(venue.eventsOf(sent.get(0)).get(1).timestampNanos()).isEqualTo(closeTime(0));

        venue.bar(1, "100.70", "102", "100", "101");
        assertFill(venue.onlyFill(sent.get(0)), "1", "100.70", "0.1007", TAKER);
        assertThat(venue.onlyFill(sent.get(0)).timestampNanos()).isEqualTo(openTime(1));
    }

    @Test
    void marketOrder_submittedInTheMiddleOfABar_waitsForTheNextBar() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.kernel.advanceTo(T0 + MINUTE + MINUTE / 2);
        ClientOrderId id = venue.market(BUY, "1");

        venue.bar(1, "100", "101", "99", "100.50");
        assertThat(venue.fillsOf(id)).isEmpty();

        venue.bar(2, "100.20", "101", "99", "100.50");
        assertFill(venue.onlyFill(id), "1", "100.20", "0.1002", TAKER);
    }

    @Test
    void ordersOnOneBar_areMatchedOldestFirst_eachAgainstTheCashTheEarlierFillsLeft() {
        // Cash for one: 100 + 0.1 fee each; the portfolio books the first fill before the second is matched.
        VenueHarness venue = new VenueHarness(VenueHarness.accountWithCash("150"));
        ClientOrderId first = venue.market(BUY, "1");
        ClientOrderId second = venue.market(BUY, "1");
        venue.bar(0, "100", "101", "99", "100.50");

        assertFill(venue.onlyFill(first), "1", "100", "0.1", TAKER);
        assertThat(venue.onlyFill(first).tradeId()).isEqualTo(new TradeId("SIM-T-1"));
        assertThat(venue.kindsOf(second)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
        assertThat(venue.account.cash(BTC.quoteCurrency())).isEqualTo(usdt("49.9"));
    }

    @Test
    void marketBuy_costingMoreThanTheCashAtFillTime_isCanceled() {
        VenueHarness venue = new VenueHarness(VenueHarness.accountWithCash("100"));
        ClientOrderId id = venue.market(BUY, "1");
        venue.bar(0, "100", "101", "99", "100.50");
        // 100 + 0.1 fee > 100
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
        assertThat(venue.eventsOf(id).get(2).timestampNanos()).isEqualTo(closeTime(0));
        assertThat(venue.account.cash(BTC.quoteCurrency())).isEqualTo(usdt("100"));
    }

    @Test
    void marketSell_beyondThePositionAtFillTime_isCanceled() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId first = venue.market(SELL, "1");
        ClientOrderId second = venue.market(SELL, "1");
        venue.bar(0, "100", "101", "99", "100.50");
        assertFill(venue.onlyFill(first), "1", "100", "0.1", TAKER);
        assertThat(venue.kindsOf(second)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
        assertThat(venue.account.positionSize(BTC.id())).isEqualTo(VenueHarness.btc("0"));
    }

    @Test
    void barsOfOtherInstruments_leaveTheOrderAlone() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.market(BUY, "1");
        venue.replay(VenueHarness.bar(ETH, 0, "2000", "2010", "1990", "2005", "10"));
        assertThat(venue.fillsOf(id)).isEmpty();
        assertThat(venue.venue.openOrderCount()).isOne();
    }

    @Test
    void aBarAtAnotherPriceScaleThanItsInstrument_isRefusedNamingBothScales() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.market(BUY, "1");
        Bar otherScale = new Bar(
                BTC.id(),
                Timeframe.ONE_MINUTE,
                T0,
                Price.of("100", 3),
                Price.of("101", 3),
                Price.of("99", 3),
                Price.of("100", 3),
                Quantity.parse("1"),
                T0 + MINUTE);
        assertThatThrownBy(() -> venue.replay(otherScale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price scale 3")
                .hasMessageContaining("instrument's is 2");
    }

    @Test
    void fills_areBookedByThePortfolioBeforeTheEventReachesLaterSubscribers() {
        VenueHarness venue = new VenueHarness(richAccount());
        List<String> seen = new ArrayList<>();
        MessageBus bus = venue.kernel.bus();
        bus.subscribe(bus.topic(OrderTopics.EVENTS, OrderEvent.class), event -> {
            if (event instanceof OrderFillEvent) {
                seen.add(venue.account.cash(BTC.quoteCurrency()).toString());
            }
        });
        venue.market(BUY, "1");
        venue.bar(0, "100", "101", "99", "100.50");
        assertThat(seen).containsExactly("99899.90000000 USDT");
    }
}
