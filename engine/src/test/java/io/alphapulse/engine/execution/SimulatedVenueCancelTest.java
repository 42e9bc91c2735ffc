package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.T0;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.closeTime;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.kernel.MessageBus;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.orders.CancelOrder;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderCanceled;
import io.alphapulse.engine.orders.OrderCommand;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.OrderTopics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Canceling on request and at the end of the data. */
class SimulatedVenueCancelTest {

    @Test
    void cancelOrder_forAWorkingOrder_cancelsItAtTheClocksTime() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "90");
        venue.kernel.advanceTo(T0 + 7);
        venue.cancel(id);
        assertThat(venue.eventsOf(id)).last().isEqualTo(new OrderCanceled(id, BTC.id(), T0 + 7));
        assertThat(venue.venue.openOrderCount()).isZero();

        venue.bar(0, "89", "91", "88", "90");
        assertThat(venue.fillsOf(id)).isEmpty();
    }

    @Test
    void cancelOrder_forAnUnknownOrder_isIgnored() {
        VenueHarness venue = new VenueHarness(richAccount());
        venue.cancel(new ClientOrderId("NOPE"));
        assertThat(venue.events).isEmpty();
    }

    @Test
    void cancelOrder_forAFilledOrder_isIgnored() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.market(BUY, "1");
        venue.bar(0, "100", "101", "99", "100");
        venue.cancel(id);
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
    }

    @Test
    void cancelOrder_namingAnotherInstrument_isIgnored() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "90");
        venue.send(new CancelOrder(id, InstrumentId.parse("sim:ETH-USDT"), T0));
        venue.send(new CancelOrder(id, InstrumentId.parse("binance:BTC-USDT"), T0));
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");
    }

    @Test
    void cancelOrder_afterAPartialFill_keepsTheFill() {
        VenueHarness venue = new VenueHarness(
                richAccount(), FEES, FixedBpsSlippage.none(), new VolumeParticipation(new BigDecimal("0.1")));
        ClientOrderId id = venue.market(BUY, "1");
        venue.bar(0, "100", "101", "99", "100", "5");
        venue.cancel(id);
        assertThat(venue.kindsOf(id))
                .containsExactly("OrderSubmitted", "OrderAccepted", "OrderPartiallyFilled", "OrderCanceled");
        assertFill(venue.onlyFill(id), "0.5", "100", "0.05", TAKER);
        assertThat(venue.account.positionSize(BTC.id())).isEqualTo(VenueHarness.btc("0.5"));
    }

    @Test
    void cancelOpenOrders_cancelsEveryWorkingOrderOldestFirst_atTheClocksTime() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId first = venue.limit(BUY, "1", "90");
        ClientOrderId filled = venue.market(BUY, "1");
        ClientOrderId second = venue.limit(BUY, "1", "80");
        venue.bar(0, "100", "101", "99", "100");

        venue.venue.cancelOpenOrders();

        assertThat(venue.events.stream().filter(OrderCanceled.class::isInstance))
                .containsExactly(
                        new OrderCanceled(first, BTC.id(), closeTime(0)),
                        new OrderCanceled(second, BTC.id(), closeTime(0)));
        assertThat(venue.kindsOf(filled)).last().isEqualTo("OrderFilled");
        assertThat(venue.venue.openOrderCount()).isZero();
        venue.venue.cancelOpenOrders();
        assertThat(venue.events.stream().filter(OrderCanceled.class::isInstance))
                .hasSize(2);
    }

    @Test
    void aCancelSentInReactionToAFill_takesEffectWithinTheSameBar() {
        // One-cancels-other: when the first order fills, the strategy cancels the second on the spot.
        ClientOrderId first = new ClientOrderId("O-1");
        ClientOrderId second = new ClientOrderId("O-2");
        Component ocoStrategy = new Component() {
            @Override
            public String name() {
                return "oco";
            }

            @Override
            public void onStart(Kernel kernel) {
                MessageBus bus = kernel.bus();
                var commands = bus.topic(OrderTopics.COMMANDS, OrderCommand.class);
                bus.subscribe(bus.topic(OrderTopics.EVENTS, OrderEvent.class), event -> {
                    if (event instanceof OrderFilled filled
                            && filled.clientOrderId().equals(first)) {
                        bus.publish(
                                commands,
                                new CancelOrder(second, BTC.id(), kernel.clock().timestampNanos()));
                    }
                });
            }
        };
        VenueHarness venue =
                new VenueHarness(richAccount(), FEES, FixedBpsSlippage.none(), new NoFillLimit(), ocoStrategy);
        assertThat(venue.limit(BUY, "1", "99")).isEqualTo(first);
        assertThat(venue.limit(BUY, "1", "98")).isEqualTo(second);

        venue.bar(0, "100", "101", "97", "100");

        assertThat(venue.kindsOf(first)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
        assertThat(venue.kindsOf(second)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
        assertThat(venue.venue.openOrderCount()).isZero();
    }
}
