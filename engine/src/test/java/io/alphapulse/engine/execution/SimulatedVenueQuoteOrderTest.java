package io.alphapulse.engine.execution;

import static io.alphapulse.engine.execution.VenueHarness.BTC;
import static io.alphapulse.engine.execution.VenueHarness.ETH;
import static io.alphapulse.engine.execution.VenueHarness.accountWithCash;
import static io.alphapulse.engine.execution.VenueHarness.assertFill;
import static io.alphapulse.engine.execution.VenueHarness.richAccount;
import static io.alphapulse.engine.execution.VenueHarness.usdt;
import static io.alphapulse.engine.model.OrderSide.BUY;
import static io.alphapulse.engine.model.OrderSide.SELL;
import static io.alphapulse.engine.orders.LiquiditySide.TAKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.OrderStatus;
import io.alphapulse.engine.orders.SubmitOrder;
import io.alphapulse.engine.orders.TimeInForce;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Quote-quantity market orders: sized at fill time from the fill price, the taker fee and the cash,
 * filled once or canceled. Fees: taker 10 bps (the ARCHITECTURE.md §5 example).
 */
class SimulatedVenueQuoteOrderTest {

    private static final FeeModel TEN_BPS = MakerTakerFeeModel.flat(new BigDecimal("10"));

    private static VenueHarness venue(FakeAccount account) {
        return new VenueHarness(account, TEN_BPS, FixedBpsSlippage.none(), new NoFillLimit());
    }

    @Test
    void quoteBuyOfAllTheCash_isSizedExactlyAsTheReferenceSemanticsSay() {
        VenueHarness venue = venue(accountWithCash("10000"));
        ClientOrderId id = venue.marketQuote(BUY, usdt("10000"));
        venue.bar(0, "100", "101", "99", "100");

        // floor_to_lot(10000 / (100 × 1.001)) = floor(99.900099900...) = 99.90009990
        // notional 9990.0099900, fee 9.99000999 (10 bps, half-even), cash left 0.00000001
        assertFill(venue.onlyFill(id), "99.90009990", "100", "9.99000999", TAKER);
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
        assertThat(venue.account.cash(BTC.quoteCurrency())).isEqualTo(usdt("0.00000001"));
    }

    @Test
    void quoteBuy_belowTheCash_spendsAtMostItsQuoteQuantity() {
        VenueHarness venue = venue(accountWithCash("10000"));
        ClientOrderId id = venue.marketQuote(BUY, usdt("500"));
        venue.bar(0, "100", "101", "99", "100");
        // floor_to_lot(500 / 100.1) = 4.99500499; notional 499.500499, fee 0.4995004990 -> 0.49950050
        assertFill(venue.onlyFill(id), "4.99500499", "100", "0.4995005", TAKER);
        assertThat(venue.account.cash(BTC.quoteCurrency())).isEqualTo(usdt("9500.0000005"));
    }

    @Test
    void quoteBuy_isSizedAtTheSlippedPrice() {
        VenueHarness venue = new VenueHarness(
                accountWithCash("10000"), TEN_BPS, new FixedBpsSlippage(new BigDecimal("10")), new NoFillLimit());
        ClientOrderId id = venue.marketQuote(BUY, usdt("10000"));
        venue.bar(0, "100", "101", "99", "100");
        // price 100.10; floor_to_lot(10000 / (100.10 × 1.001)) = 99.80029960
        // notional 9990.00998996, fee 9.99000999, cash left 0.00000005
        assertFill(venue.onlyFill(id), "99.80029960", "100.10", "9.99000999", TAKER);
        assertThat(venue.account.cash(BTC.quoteCurrency())).isEqualTo(usdt("0.00000005"));
    }

    @Test
    void quoteSell_sellsTheQuantityWorthItsQuoteQuantity() {
        VenueHarness venue = venue(richAccount().withPosition(BTC.id(), "2"));
        ClientOrderId id = venue.marketQuote(SELL, usdt("150"));
        venue.bar(0, "100", "101", "99", "100");
        assertFill(venue.onlyFill(id), "1.5", "100", "0.15", TAKER);
    }

    @Test
    void quoteSell_worthMoreThanThePosition_sellsThePosition() {
        VenueHarness venue = venue(richAccount().withPosition(BTC.id(), "2"));
        ClientOrderId id = venue.marketQuote(SELL, usdt("500"));
        venue.bar(0, "100", "101", "99", "100");
        assertFill(venue.onlyFill(id), "2", "100", "0.2", TAKER);
        assertThat(venue.account.positionSize(BTC.id())).isEqualTo(VenueHarness.btc("0"));
    }

    @Test
    void quoteBuy_whoseCashBuysLessThanTheMinimumQuantity_isCanceled() {
        VenueHarness venue = venue(accountWithCash("15"));
        ClientOrderId id = venue.marketQuote(ETH, BUY, usdt("1000"), TimeInForce.GTC);
        venue.replay(VenueHarness.bar(ETH, 0, "2000", "2010", "1990", "2005", "100"));
        // 15 / (2000 × 1.001) = 0.0074925… -> 0.007, below the minimum quantity 0.010
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
        assertThat(venue.account.cash(ETH.quoteCurrency())).isEqualTo(usdt("15"));
    }

    @Test
    void quoteBuy_worthLessThanOneLot_isCanceled() {
        VenueHarness venue = venue(accountWithCash("0.00001"));
        ClientOrderId id = venue.marketQuote(BUY, usdt("0.00001"));
        venue.bar(0, "100000", "100001", "99999", "100000");
        // 0.00001 / 100100 < 0.00000001
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
    }

    @Test
    void quoteBuy_underAFillLimit_isSizedWithinTheCapAndFilledOnce() {
        VenueHarness venue = new VenueHarness(
                accountWithCash("10000"),
                TEN_BPS,
                FixedBpsSlippage.none(),
                new VolumeParticipation(new BigDecimal("0.1")));
        ClientOrderId id = venue.marketQuote(BUY, usdt("10000"));
        venue.bar(0, "100", "101", "99", "100", "5");
        assertFill(venue.onlyFill(id), "0.5", "100", "0.05", TAKER);
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
    }

    @Test
    void quoteFok_cutByTheFillLimit_isCanceled() {
        VenueHarness venue = new VenueHarness(
                accountWithCash("10000"),
                TEN_BPS,
                FixedBpsSlippage.none(),
                new VolumeParticipation(new BigDecimal("0.1")));
        ClientOrderId id = venue.marketQuote(BTC, BUY, usdt("10000"), TimeInForce.FOK);
        venue.bar(0, "100", "101", "99", "100", "5");
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted", "OrderCanceled");
    }

    @Test
    void quoteGtc_whoseCapIsBelowTheMinimums_waitsForABarWithVolume() {
        VenueHarness venue = new VenueHarness(
                accountWithCash("10000"),
                TEN_BPS,
                FixedBpsSlippage.none(),
                new VolumeParticipation(new BigDecimal("0.1")));
        ClientOrderId id = venue.marketQuote(ETH, BUY, usdt("100"), TimeInForce.GTC);
        venue.replay(VenueHarness.bar(ETH, 0, "2000", "2010", "1990", "2005", "0"));
        assertThat(venue.kindsOf(id)).containsExactly("OrderSubmitted", "OrderAccepted");
        venue.replay(VenueHarness.bar(ETH, 1, "2000", "2010", "1990", "2005", "100"));
        // 100 / (2000 × 1.001) = 0.04995… -> 0.049; fee 98 × 10 bps
        OrderFillEvent fill = venue.onlyFill(id);
        assertThat(fill.lastQuantity()).isEqualTo(Quantity.parse("0.049"));
        assertThat(fill.commission()).isEqualTo(usdt("0.098"));
    }

    @Test
    void quoteOrderHistory_foldsIntoAFilledOrderOfTheSizedQuantity() {
        VenueHarness venue = venue(accountWithCash("10000"));
        SubmitOrder command = SubmitOrder.marketQuote(
                new ClientOrderId("Q-1"), BTC.id(), BUY, usdt("10000"), "test", VenueHarness.T0);
        venue.submit(command);
        venue.bar(0, "100", "101", "99", "100");
        Order order = new Order(command);
        for (OrderEvent event : venue.eventsOf(command.clientOrderId())) {
            order.apply(event);
        }
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.quantity()).contains(VenueHarness.btc("99.9000999"));
        assertThat(order.leavesQuantity()).contains(VenueHarness.btc("0"));
    }
}
