package io.alphapulse.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.OrderFillEvent;
import io.alphapulse.engine.orders.SubmitOrder;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Spending all the cash on a quote-quantity buy, over random cash, prices and fees, in a currency with
 * only two decimals (where the rounding of notional and fee matters most): the cash never goes
 * negative, and the size is the exact formula's, or at most a lot or two below it.
 */
class SimulatedVenuePropertiesTest {

    private static final Instrument BTC_USD =
            Instrument.of(InstrumentId.parse("sim:BTC-USD"), Currency.BTC, Currency.USD, "0.01", "0.00000001", "0");

    @Property(tries = 500)
    void quoteBuyOfAllTheCash_neverLeavesTheCashNegative(
            @ForAll @LongRange(min = 1, max = 100_000_000) long cashCents,
            @ForAll @LongRange(min = 1, max = 10_000_000) long priceCents,
            @ForAll @IntRange(min = 0, max = 100) int feeBasisPoints) {
        Money cash = new Money(cashCents, Currency.USD);
        FakeAccount account = new FakeAccount(BTC_USD).withCash(cash);
        FeeModel fees = MakerTakerFeeModel.flat(BigDecimal.valueOf(feeBasisPoints));
        VenueHarness venue = new VenueHarness(
                account,
                new SimulatedVenue("sim", List.of(BTC_USD), account, fees, FixedBpsSlippage.none(), new NoFillLimit()));
        ClientOrderId id = venue.submit(
                SubmitOrder.marketQuote(new ClientOrderId("Q-1"), BTC_USD.id(), OrderSide.BUY, cash, "p", 0));
        Price price = new Price(priceCents, 2);
        venue.replay(new Bar(
                BTC_USD.id(),
                Timeframe.ONE_MINUTE,
                VenueHarness.openTime(0),
                price,
                price,
                price,
                price,
                Quantity.parse("1"),
                VenueHarness.closeTime(0)));

        assertThat(account.cash(Currency.USD).isNegative()).isFalse();
        Quantity exact = BTC_USD.floorToLot(
                cash.toBigDecimal(),
                price.toBigDecimal().multiply(BigDecimal.ONE.add(BigDecimal.valueOf(feeBasisPoints, 4))));
        List<OrderFillEvent> fills = venue.fillsOf(id);
        if (fills.isEmpty()) {
            assertThat(exact.raw()).isLessThanOrEqualTo(2);
            assertThat(venue.kindsOf(id)).last().isEqualTo("OrderCanceled");
        } else {
            long lotsBelow = exact.raw() - fills.get(0).lastQuantity().raw();
            assertThat(lotsBelow).isBetween(0L, 2L);
        }
    }
}
