package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.closeTime;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static io.alphapulse.engine.orders.TimeInForce.FOK;
import static io.alphapulse.engine.orders.TimeInForce.GTC;
import static io.alphapulse.engine.orders.TimeInForce.IOC;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderCanceled;
import io.alphapulse.engine.orders.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * IOC and FOK get one bar, the first on which they work (for stops: the trigger bar), and never rest;
 * GTC rests. The fill limit here is 10% of the bar's volume.
 */
class SimulatedVenueTimeInForceTest {

    private static final List<String> CANCELED_UNFILLED = List.of("OrderSubmitted", "OrderAccepted", "OrderCanceled");

    /** 10% of each bar's volume: a bar of 5 BTC fills at most 0.5. */
    private static VenueHarness withParticipation() {
        return new VenueHarness(
                richAccount(), FEES, FixedBpsSlippage.none(), new VolumeParticipation(new BigDecimal("0.1")));
    }

    @ParameterizedTest
    @EnumSource(
            value = TimeInForce.class,
            names = {"IOC", "FOK"})
    void limit_marketableAtItsFirstOpen_fillsAtTheOpen(TimeInForce timeInForce) {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99", timeInForce);
        venue.bar(0, "98.50", "99.50", "98", "99");
        assertFill(venue.onlyFill(id), "1", "98.50", "0.0985", TAKER);
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
    }

    @ParameterizedTest
    @EnumSource(
            value = TimeInForce.class,
            names = {"IOC", "FOK"})
    void limit_onlyReachedInsideItsFirstBar_isCanceledWithoutAFill(TimeInForce timeInForce) {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99", timeInForce);
        venue.bar(0, "100", "101", "98", "100");
        assertThat(venue.kindsOf(id)).isEqualTo(CANCELED_UNFILLED);
        assertThat(venue.eventsOf(id).get(2)).isInstanceOf(OrderCanceled.class);
        assertThat(venue.eventsOf(id).get(2).timestampNanos()).isEqualTo(closeTime(0));
        assertThat(venue.venue.openOrderCount()).isZero();
    }

    @Test
    void gtcLimit_reachedInsideTheBar_fills() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99", GTC);
        venue.bar(0, "100", "101", "98", "100");
        assertThat(venue.fillsOf(id)).hasSize(1);
    }

    @Test
    void marketIoc_largerThanTheCap_fillsTheCapAndCancelsTheRest() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.market(BUY, "1.2", IOC);
        venue.bar(0, "100", "101", "99", "100", "5");
        assertThat(venue.kindsOf(id))
                .containsExactly("OrderSubmitted", "OrderAccepted", "OrderPartiallyFilled", "OrderCanceled");
        assertFill(venue.onlyFill(id), "0.5", "100", "0.05", TAKER);
    }

    @Test
    void marketFok_largerThanTheCap_isCanceledWithoutAFill() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.market(BUY, "1.2", FOK);
        venue.bar(0, "100", "101", "99", "100", "5");
        assertThat(venue.kindsOf(id)).isEqualTo(CANCELED_UNFILLED);
    }

    @Test
    void marketFok_withinTheCap_fillsCompletely() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.market(BUY, "0.5", FOK);
        venue.bar(0, "100", "101", "99", "100", "5");
        assertFill(venue.onlyFill(id), "0.5", "100", "0.05", TAKER);
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
    }

    @Test
    void marketIoc_onABarWithoutVolume_isCanceled() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.market(BUY, "1", IOC);
        venue.bar(0, "100", "101", "99", "100", "0");
        assertThat(venue.kindsOf(id)).isEqualTo(CANCELED_UNFILLED);
    }

    @ParameterizedTest
    @EnumSource(
            value = TimeInForce.class,
            names = {"IOC", "FOK"})
    void stopMarket_restsUntilTriggered_andItsTimeInForceCountsFromTheTriggerBar(TimeInForce timeInForce) {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopMarket(BUY, "1", "103", timeInForce);
        venue.bar(0, "100", "102", "99", "101");
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");
        venue.bar(1, "101", "104", "100", "103");
        assertFill(venue.onlyFill(id), "1", "103", "0.103", TAKER);
    }

    @Test
    void stopMarketIoc_triggeredWithACap_fillsTheCapAndCancelsTheRest() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.stopMarket(BUY, "1", "103", IOC);
        venue.bar(0, "100", "104", "99", "103", "5");
        assertThat(venue.kindsOf(id))
                .containsExactly("OrderSubmitted", "OrderAccepted", "OrderPartiallyFilled", "OrderCanceled");
        assertFill(venue.onlyFill(id), "0.5", "103", "0.0515", TAKER);
    }

    @Test
    void stopMarketGtc_triggeredWithACap_fillsTheRestAsAMarketOrderAtTheNextOpen() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.stopMarket(BUY, "1", "103", GTC);
        venue.bar(0, "100", "104", "99", "103", "5");
        venue.bar(1, "102", "103", "101", "102", "5");
        assertThat(venue.kindsOf(id))
                .containsExactly("OrderSubmitted", "OrderAccepted", "OrderPartiallyFilled", "OrderFilled");
        assertFill(venue.fillsOf(id).get(0), "0.5", "103", "0.0515", TAKER);
        // below the trigger now, but it triggered already: a market order at the open
        assertFill(venue.fillsOf(id).get(1), "0.5", "102", "0.051", TAKER);
    }

    @Test
    void stopLimitIoc_touchedInsideTheBar_getsOnlyTheNextOpen() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", IOC);
        venue.bar(0, "100", "105", "99", "104.50");
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");
        // the next open is above the limit; the range reaches it, but an IOC never rests
        venue.bar(1, "104.50", "105", "103.50", "104");
        assertThat(venue.kindsOf(id)).isEqualTo(CANCELED_UNFILLED);
    }

    @Test
    void stopLimitFok_touchedInsideTheBar_fillsAtAMarketableNextOpen() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", FOK);
        venue.bar(0, "100", "105", "99", "104.50");
        venue.bar(1, "103.80", "105", "103.50", "104");
        assertFill(venue.onlyFill(id), "1", "103.80", "0.1038", TAKER);
    }

    @Test
    void limitIoc_withACap_fillsTheCapAtTheOpenAndCancelsTheRest() {
        VenueHarness venue = withParticipation();
        ClientOrderId id = venue.limit(BUY, "2", "99", IOC);
        venue.bar(0, "98", "99", "97", "98", "5");
        assertThat(venue.kindsOf(id))
                .containsExactly("OrderSubmitted", "OrderAccepted", "OrderPartiallyFilled", "OrderCanceled");
        assertFill(venue.onlyFill(id), "0.5", "98", "0.049", TAKER);
    }
}
