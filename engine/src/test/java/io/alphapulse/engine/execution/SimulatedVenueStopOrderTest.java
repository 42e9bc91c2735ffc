package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static io.alphapulse.engine.orders.LiquiditySide.MAKER;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static io.alphapulse.engine.orders.TimeInForce.GTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.orders.ClientOrderId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Stop-market and stop-limit orders: triggered by the range, filled at the open when the open itself
 * is through the trigger. Fees: maker 5 bps, taker 10 bps.
 */
class SimulatedVenueStopOrderTest {

    private static VenueHarness withSlippage(String basisPoints, FakeAccount account) {
        return new VenueHarness(account, FEES, new FixedBpsSlippage(new BigDecimal(basisPoints)), new NoFillLimit());
    }

    @Test
    void buyStop_touchedInsideTheBar_fillsAtTheTriggerAsTaker() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopMarket(BUY, "1", "103", GTC);
        venue.bar(0, "100", "105", "99", "104");
        assertFill(venue.onlyFill(id), "1", "103", "0.103", TAKER);
    }

    @Test
    void buyStop_gappedAtTheOpen_fillsAtTheOpen() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopMarket(BUY, "1", "103", GTC);
        venue.bar(0, "104", "106", "103.50", "105");
        assertFill(venue.onlyFill(id), "1", "104", "0.104", TAKER);
    }

    @Test
    void buyStop_notReached_rests() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopMarket(BUY, "1", "103", GTC);
        venue.bar(0, "100", "102.99", "99", "101");
        assertThat(venue.fillsOf(id)).isEmpty();
        venue.bar(1, "101", "103", "100", "102");
        assertFill(venue.onlyFill(id), "1", "103", "0.103", TAKER);
    }

    @Test
    void sellStop_touchedInsideTheBar_fillsAtTheTrigger() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.stopMarket(SELL, "1", "97", GTC);
        venue.bar(0, "100", "101", "95", "96");
        assertFill(venue.onlyFill(id), "1", "97", "0.097", TAKER);
    }

    @Test
    void sellStop_gappedAtTheOpen_fillsAtTheOpen() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.stopMarket(SELL, "1", "97", GTC);
        venue.bar(0, "96", "96.50", "94", "95");
        assertFill(venue.onlyFill(id), "1", "96", "0.096", TAKER);
    }

    @Test
    void stops_slipAgainstTheTraderFromTheTrigger() {
        VenueHarness venue = withSlippage("10", richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId buy = venue.stopMarket(BUY, "1", "103", GTC);
        ClientOrderId sell = venue.stopMarket(SELL, "1", "97", GTC);
        venue.bar(0, "100", "105", "95", "100");
        // 103 * 1.001 = 103.103 -> 103.11; 97 * 0.999 = 96.903 -> 96.90
        assertFill(venue.onlyFill(buy), "1", "103.11", "0.10311", TAKER);
        assertFill(venue.onlyFill(sell), "1", "96.90", "0.0969", TAKER);
    }

    @Test
    void stops_gappedAtTheOpen_slipFromTheOpen() {
        VenueHarness venue = withSlippage("10", richAccount());
        ClientOrderId buy = venue.stopMarket(BUY, "1", "103", GTC);
        venue.bar(0, "104", "105", "103.50", "104");
        // 104 * 1.001 = 104.104 -> 104.11
        assertFill(venue.onlyFill(buy), "1", "104.11", "0.10411", TAKER);
    }

    @Test
    void buyStopLimit_triggeredByTheOpenWithinTheLimit_fillsAtTheOpenAsTaker() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", GTC);
        venue.bar(0, "103.50", "105", "103", "104");
        assertFill(venue.onlyFill(id), "1", "103.50", "0.1035", TAKER);
    }

    @Test
    void buyStopLimit_triggeredByTheOpenAboveTheLimit_fillsAtTheLimitWhenTheRangeComesBack() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", GTC);
        venue.bar(0, "106", "107", "103.80", "105");
        assertFill(venue.onlyFill(id), "1", "104", "0.052", MAKER);
    }

    @Test
    void buyStopLimit_triggeredByTheOpenAboveTheLimit_restsAsALimit_whenTheRangeStaysAbove() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", GTC);
        venue.bar(0, "106", "107", "105", "106");
        assertThat(venue.fillsOf(id)).isEmpty();
        venue.bar(1, "103.90", "105", "103", "104");
        // a resting limit the open came to: maker at the open
        assertFill(venue.onlyFill(id), "1", "103.90", "0.05195", MAKER);
    }

    @Test
    void buyStopLimit_touchedInsideTheBar_doesNotFillInThatBar_andWorksFromTheNextOpen() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", GTC);
        // the low is below the limit, but whether the price came back after the trigger is unknowable
        venue.bar(0, "100", "105", "99", "104.50");
        assertThat(venue.fillsOf(id)).isEmpty();
        venue.bar(1, "103", "104.50", "102.50", "104");
        // the first open it works at is marketable: taker at the open
        assertFill(venue.onlyFill(id), "1", "103", "0.103", TAKER);
    }

    @Test
    void buyStopLimit_touchedInsideTheBar_fillsAtTheLimitWhenTheNextRangeReachesIt() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", GTC);
        venue.bar(0, "100", "105", "99", "104.50");
        venue.bar(1, "104.50", "105", "103.50", "104");
        assertFill(venue.onlyFill(id), "1", "104", "0.052", MAKER);
    }

    @Test
    void sellStopLimit_touchedInsideTheBar_worksFromTheNextOpen() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.stopLimit(SELL, "1", "97", "96", GTC);
        venue.bar(0, "100", "101", "95", "96.50");
        assertThat(venue.fillsOf(id)).isEmpty();
        venue.bar(1, "96.50", "97", "95.50", "96");
        assertFill(venue.onlyFill(id), "1", "96.50", "0.0965", TAKER);
    }

    @Test
    void sellStopLimit_triggeredByTheOpen_fillsAtTheLimitWhenTheRangeReachesIt() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.stopLimit(SELL, "1", "97", "96", GTC);
        venue.bar(0, "95", "96.20", "94", "95");
        assertFill(venue.onlyFill(id), "1", "96", "0.048", MAKER);
    }

    @Test
    void stopLimitFills_neverSlip() {
        VenueHarness venue = withSlippage("50", richAccount());
        ClientOrderId id = venue.stopLimit(BUY, "1", "103", "104", GTC);
        venue.bar(0, "103.50", "105", "103", "104");
        assertFill(venue.onlyFill(id), "1", "103.50", "0.1035", TAKER);
    }
}
