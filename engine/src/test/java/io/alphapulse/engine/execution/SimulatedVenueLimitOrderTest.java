package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.FEES;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static io.alphapulse.engine.orders.LiquiditySide.MAKER;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.orders.ClientOrderId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Limit orders: at the open when it is at or through the limit, else at the limit when the range
 * reaches it. Fees: maker 5 bps, taker 10 bps.
 */
class SimulatedVenueLimitOrderTest {

    @Test
    void buyLimit_reachedByTheLow_fillsAtTheLimitAsMaker() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        venue.bar(0, "100", "101", "98.50", "100");
        // 99 * 5 bps
        assertFill(venue.onlyFill(id), "1", "99", "0.0495", MAKER);
    }

    @Test
    void buyLimit_openGappedThroughOnItsFirstBar_fillsAtTheOpenAsTaker() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        venue.bar(0, "98.50", "99.50", "98", "99");
        // marketable on arrival: 98.50 * 10 bps
        assertFill(venue.onlyFill(id), "1", "98.50", "0.0985", TAKER);
    }

    @Test
    void buyLimit_openAtTheLimitOnItsFirstBar_isMarketable() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        venue.bar(0, "99", "99.50", "98", "99");
        assertFill(venue.onlyFill(id), "1", "99", "0.099", TAKER);
    }

    @Test
    void buyLimit_openGappedThroughOnALaterBar_fillsAtTheOpenAsMaker() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        venue.bar(0, "100", "101", "99.50", "100");
        assertThat(venue.fillsOf(id)).isEmpty();
        venue.bar(1, "98", "99", "97", "98.50");
        // it rested through bar 0; the gap came to it: 98 * 5 bps
        assertFill(venue.onlyFill(id), "1", "98", "0.049", MAKER);
    }

    @Test
    void buyLimit_notReached_restsAcrossBars() {
        VenueHarness venue = new VenueHarness(richAccount());
        ClientOrderId id = venue.limit(BUY, "1", "99");
        venue.bar(0, "100", "101", "99.01", "100");
        venue.bar(1, "100", "101", "99.50", "100");
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");
        assertThat(venue.venue.openOrderIds()).containsExactly(id);
    }

    @Test
    void sellLimit_reachedByTheHigh_fillsAtTheLimitAsMaker() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.limit(SELL, "1", "101");
        venue.bar(0, "100", "101.50", "99", "100");
        assertFill(venue.onlyFill(id), "1", "101", "0.0505", MAKER);
    }

    @Test
    void sellLimit_openGappedThroughOnItsFirstBar_fillsAtTheOpenAsTaker() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.limit(SELL, "1", "101");
        venue.bar(0, "102", "103", "101.50", "102");
        assertFill(venue.onlyFill(id), "1", "102", "0.102", TAKER);
    }

    @Test
    void sellLimit_openGappedThroughOnALaterBar_fillsAtTheOpenAsMaker() {
        VenueHarness venue = new VenueHarness(richAccount().withPosition(BTC.id(), "1"));
        ClientOrderId id = venue.limit(SELL, "1", "101");
        venue.bar(0, "100", "100.99", "99", "100");
        venue.bar(1, "102", "103", "101.50", "102");
        assertFill(venue.onlyFill(id), "1", "102", "0.051", MAKER);
    }

    @Test
    void limitFills_neverSlip() {
        VenueHarness venue =
                new VenueHarness(richAccount(), FEES, new FixedBpsSlippage(new BigDecimal("50")), new NoFillLimit());
        ClientOrderId gapped = venue.limit(BUY, "1", "99");
        ClientOrderId reached = venue.limit(BUY, "1", "97");
        venue.bar(0, "98", "99", "96", "98");
        assertFill(venue.onlyFill(gapped), "1", "98", "0.098", TAKER);
        assertFill(venue.onlyFill(reached), "1", "97", "0.0485", MAKER);
    }
}
