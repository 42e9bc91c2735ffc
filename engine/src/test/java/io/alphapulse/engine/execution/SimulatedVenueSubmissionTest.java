package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.ETH;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.T0;
import static io.alphapulse.engine.execution.VenueHarness.accountWithCash;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.execution.VenueHarness.usdt;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderAccepted;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.OrderSubmitted;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.VenueOrderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the venue checks when an order arrives, and the ids it hands out. */
class SimulatedVenueSubmissionTest {

    private static SubmitOrder order(
            InstrumentId instrumentId, OrderType type, String quantity, Price limit, Price trigger, int scale) {
        return new SubmitOrder(
                new ClientOrderId("R-1"),
                instrumentId,
                BUY,
                type,
                Quantity.of(quantity, scale),
                null,
                limit,
                trigger,
                TimeInForce.GTC,
                "test",
                T0);
    }

    /** Submits and returns the rejection reason, checking the events on the way. */
    private static String rejectionOf(VenueHarness venue, SubmitOrder order) {
        venue.submit(order);
        assertThat(venue.kindsOf(order.clientOrderId())).containsExactly("OrderSubmitted", "OrderRejected");
        assertThat(venue.venue.openOrderCount()).isZero();
        return ((OrderRejected) venue.eventsOf(order.clientOrderId()).get(1)).reason();
    }

    @Test
    void acceptedOrder_isSubmittedThenAccepted_atTheClocksTime_withAVenueOrderIdPerVenue() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.kernel.advanceTo(T0 + 5);
        ClientOrderId first = venue.market(BUY, "1");
        ClientOrderId second = venue.limit(BUY, "1", "90");
        assertThat(venue.events)
                .containsExactly(
                        new OrderSubmitted(first, BTC.id(), T0 + 5),
                        new OrderAccepted(first, BTC.id(), new VenueOrderId("SIM-1"), T0 + 5),
                        new OrderSubmitted(second, BTC.id(), T0 + 5),
                        new OrderAccepted(second, BTC.id(), new VenueOrderId("SIM-2"), T0 + 5));
        assertThat(venue.venue.openOrderIds()).containsExactly(first, second);
    }

    @Test
    void venueOrderIds_carryTheVenuesName() {
        Instrument paperBtc = Instrument.of(
                InstrumentId.parse("paper:BTC-USDT"), Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");
        FakeAccount account = new FakeAccount(paperBtc).withCash(usdt("1000"));
        SimulatedVenue paper = new SimulatedVenue(
                "paper", List.of(paperBtc), account, FEES, FixedBpsSlippage.none(), new NoFillLimit());
        VenueHarness venue = new VenueHarness(account, paper);
        ClientOrderId id = venue.submit(
                SubmitOrder.market(new ClientOrderId("P-1"), paperBtc.id(), BUY, paperBtc.quantity("1"), "test", T0));
        assertThat(venue.eventsOf(id))
                .element(1)
                .isEqualTo(new OrderAccepted(id, paperBtc.id(), new VenueOrderId("PAPER-1"), T0));
        assertThat(paper.name()).isEqualTo("paper");
    }

    @Test
    void submitOrder_forAnInstrumentTheVenueDoesNotList_isRejectedNamingIt() {
        VenueHarness venue = new VenueHarness(richAccount());
        String reason =
                rejectionOf(venue, order(InstrumentId.parse("sim:DOGE-USDT"), OrderType.MARKET, "1", null, null, 0));
        assertThat(reason).contains("unknown instrument sim:DOGE-USDT").contains("sim:BTC-USDT");
    }

    @Test
    void submitOrder_offTheLot_isRejectedNamingQuantityAndLot() {
        VenueHarness venue = new VenueHarness(richAccount());
        String reason = rejectionOf(venue, order(ETH.id(), OrderType.MARKET, "0.0105", null, null, 4));
        assertThat(reason).contains("quantity 0.0105").contains("lot 0.001");
    }

    @Test
    void submitOrder_belowTheMinimumQuantity_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount());
        String reason = rejectionOf(venue, order(ETH.id(), OrderType.MARKET, "0.005", null, null, 3));
        assertThat(reason).contains("quantity 0.005 is below the minimum quantity 0.010");
    }

    @Test
    void submitOrder_withALimitPriceOffTheTick_isRejectedNamingPriceAndTick() {
        VenueHarness venue = new VenueHarness(richAccount());
        String reason = rejectionOf(venue, order(BTC.id(), OrderType.LIMIT, "1", Price.of("100.005", 3), null, 8));
        assertThat(reason).contains("limit price 100.005 is not on the tick 0.01");
    }

    @Test
    void submitOrder_withATriggerPriceOffTheTick_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount());
        String reason =
                rejectionOf(venue, order(BTC.id(), OrderType.STOP_MARKET, "1", null, Price.of("100.001", 3), 8));
        assertThat(reason).contains("trigger price 100.001 is not on the tick 0.01");
    }

    @Test
    void submitOrder_withAQuoteQuantityInAnotherCurrency_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount());
        SubmitOrder order = SubmitOrder.marketQuote(
                new ClientOrderId("R-1"), BTC.id(), BUY, Money.of("100", Currency.USD), "test", T0);
        assertThat(rejectionOf(venue, order)).contains("quote quantity 100.00 USD is not in the quote currency USDT");
    }

    @Test
    void submitOrder_worthLessThanTheMinimumNotional_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount());
        // 0.010 × 500.00 = 5 < 10 USDT
        String reason = rejectionOf(venue, order(ETH.id(), OrderType.LIMIT, "0.010", ETH.price("500"), null, 3));
        assertThat(reason).contains("order value 5.00000000 USDT is below the minimum notional 10.00000000 USDT");
    }

    @Test
    void quoteOrder_worthLessThanTheMinimumNotional_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount());
        SubmitOrder order = SubmitOrder.marketQuote(new ClientOrderId("R-1"), ETH.id(), BUY, usdt("9.99"), "test", T0);
        assertThat(rejectionOf(venue, order)).contains("below the minimum notional");
    }

    @Test
    void limitBuy_costingMoreThanTheCash_isRejected() {
        VenueHarness venue = new VenueHarness(accountWithCash("150"));
        // 2 × 100 + 0.2 taker fee
        String reason = rejectionOf(venue, order(BTC.id(), OrderType.LIMIT, "2", VenueHarness.px("100"), null, 8));
        assertThat(reason)
                .contains("insufficient cash")
                .contains("costs 200.20000000 USDT")
                .contains("150.00000000 USDT available");
    }

    @Test
    void marketBuy_withoutCash_isRejected() {
        VenueHarness venue = new VenueHarness(accountWithCash("0"));
        String reason = rejectionOf(venue, order(BTC.id(), OrderType.MARKET, "1", null, null, 8));
        assertThat(reason).contains("insufficient cash: 0.00000000 USDT available");
    }

    @Test
    void sell_largerThanThePosition_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "0.5"));
        SubmitOrder sell = new SubmitOrder(
                new ClientOrderId("R-1"),
                BTC.id(),
                SELL,
                OrderType.MARKET,
                VenueHarness.btc("1"),
                null,
                null,
                null,
                TimeInForce.GTC,
                "test",
                T0);
        assertThat(rejectionOf(venue, sell))
                .contains("insufficient position: selling 1.00000000")
                .contains("holding 0.50000000");
    }

    @Test
    void sell_whenShort_isRejected_theVenueIsSpot() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "-1"));
        SubmitOrder sell = SubmitOrder.market(new ClientOrderId("R-1"), BTC.id(), SELL, VenueHarness.btc("1"), "t", T0);
        assertThat(rejectionOf(venue, sell)).contains("holding 0.00000000").contains("no short selling");
    }

    @Test
    void quoteSell_withoutAPosition_isRejected() {
        VenueHarness venue = new VenueHarness(richAccount());
        SubmitOrder sell = SubmitOrder.marketQuote(new ClientOrderId("R-1"), BTC.id(), SELL, usdt("100"), "t", T0);
        assertThat(rejectionOf(venue, sell)).contains("insufficient position: selling for 100.00000000 USDT");
    }

    @Test
    void commandsForAnotherVenue_areIgnored() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.submit(SubmitOrder.market(
                new ClientOrderId("B-1"),
                InstrumentId.parse("binance:BTC-USDT"),
                BUY,
                VenueHarness.btc("1"),
                "test",
                T0));
        assertThat(venue.events).isEmpty();
    }

    @Test
    void reusingAClientOrderId_isRefusedLoudly() {
        VenueHarness venue = new VenueHarness(richAccount());
        SubmitOrder order = SubmitOrder.market(new ClientOrderId("D-1"), BTC.id(), BUY, VenueHarness.btc("1"), "t", T0);
        venue.submit(order);
        assertThatThrownBy(() -> venue.submit(order))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client order id D-1 is already used");
        assertThat(venue.kindsOf(order.clientOrderId())).containsExactly("OrderSubmitted", "OrderAccepted");
    }

    @Test
    void constructor_refusesInstrumentsOfAnotherVenue_duplicates_andBadNames() {
        FakeAccount account = richAccount();
        Instrument binance = Instrument.of(
                InstrumentId.parse("binance:BTC-USDT"), Currency.BTC, Currency.USDT, "0.01", "0.00000001", "0");
        assertThatThrownBy(() -> new SimulatedVenue(List.of(binance), account, FEES, FixedBpsSlippage.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("binance:BTC-USDT");
        assertThatThrownBy(() -> new SimulatedVenue(List.of(BTC, BTC), account, FEES, FixedBpsSlippage.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new SimulatedVenue(
                        "Sim!", List.of(), account, FEES, FixedBpsSlippage.none(), new NoFillLimit()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Sim!'");
    }

    @Test
    void listsItsInstruments() {
        SimulatedVenue venue = new SimulatedVenue(List.of(BTC, ETH), richAccount(), FEES, FixedBpsSlippage.none());
        assertThat(venue.name()).isEqualTo(SimulatedVenue.DEFAULT_NAME);
        assertThat(venue.instruments()).containsExactly(BTC, ETH);
        assertThat(venue.instrument(ETH.id())).contains(ETH);
        assertThat(venue.instrument(InstrumentId.parse("sim:XRP-USDT"))).isEmpty();
        assertThatThrownBy(venue::cancelOpenOrders)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");
    }
}
