package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.ETH;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.orders.LiquiditySide.MAKER;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.TradeId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Volume participation: each bar fills at most 10% of its volume, shared by the orders oldest first. */
class SimulatedVenueParticipationTest {

    private static VenueHarness venue() {
        return new VenueHarness(
                richAccount(), FEES, FixedBpsSlippage.none(), new VolumeParticipation(new BigDecimal("0.1")));
    }

    @Test
    void gtcMarketOrder_largerThanTheCap_fillsOverSeveralBars() {
        VenueHarness venue = venue();
        ClientOrderId id = venue.market(BUY, "1.2");
        venue.bar(0, "100", "101", "99", "100", "5");
        venue.bar(1, "101", "102", "100", "101", "5");
        venue.bar(2, "102", "103", "101", "102", "5");

        assertThat(venue.kindsOf(id))
                .containsExactly(
                        "OrderSubmitted",
                        "OrderAccepted",
                        "OrderPartiallyFilled",
                        "OrderPartiallyFilled",
                        "OrderFilled");
        var fills = venue.fillsOf(id);
        assertFill(fills.get(0), "0.5", "100", "0.05", TAKER);
        assertFill(fills.get(1), "0.5", "101", "0.0505", TAKER);
        assertFill(fills.get(2), "0.2", "102", "0.0204", TAKER);
        assertThat(fills.stream().map(OrderFillEvent::tradeId))
                .containsExactly(new TradeId("SIM-T-1"), new TradeId("SIM-T-2"), new TradeId("SIM-T-3"));
        assertThat(venue.venue.openOrderCount()).isZero();
    }

    @Test
    void theCap_isSharedByTheOrdersOldestFirst() {
        VenueHarness venue = venue();
        ClientOrderId older = venue.market(BUY, "0.4");
        ClientOrderId newer = venue.market(BUY, "0.4");
        venue.bar(0, "100", "101", "99", "100", "5");
        assertFill(venue.onlyFill(older), "0.4", "100", "0.04", TAKER);
        assertFill(venue.onlyFill(newer), "0.1", "100", "0.01", TAKER);

        venue.bar(1, "101", "102", "100", "101", "5");
        assertThat(venue.kindsOf(newer)).endsWith("OrderPartiallyFilled", "OrderFilled");
        assertFill(venue.fillsOf(newer).get(1), "0.3", "101", "0.0303", TAKER);
    }

    @Test
    void gtcLimit_partiallyFilled_restsAndFillsTheRestAsMaker() {
        VenueHarness venue = venue();
        ClientOrderId id = venue.limit(BUY, "0.8", "99");
        venue.bar(0, "100", "101", "98", "100", "5");
        venue.bar(1, "100", "101", "98.50", "100", "5");
        var fills = venue.fillsOf(id);
        assertFill(fills.get(0), "0.5", "99", "0.02475", MAKER);
        assertFill(fills.get(1), "0.3", "99", "0.01485", MAKER);
    }

    @Test
    void aBarWithoutVolume_fillsNothing_andAGtcOrderWaits() {
        VenueHarness venue = venue();
        ClientOrderId id = venue.market(BUY, "0.1");
        venue.bar(0, "100", "101", "99", "100", "0");
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");
        venue.bar(1, "101", "102", "100", "101", "5");
        assertFill(venue.onlyFill(id), "0.1", "101", "0.0101", TAKER);
    }

    @Test
    void theCap_isFlooredToTheLot() {
        Bar bar = VenueHarness.bar(ETH, 0, "2000", "2010", "1990", "2005", "0.0155");
        // 10% of 0.0155 = 0.00155 -> 0.001 on a 0.001 lot
        assertThat(new VolumeParticipation(new BigDecimal("0.1")).capacity(bar, ETH))
                .isEqualTo(Quantity.parse("0.001"));
    }
}
