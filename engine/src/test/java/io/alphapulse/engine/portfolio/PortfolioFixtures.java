package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.TradeId;
import io.alphapulse.engine.orders.VenueOrderId;

/** Instruments and fills for portfolio tests, so scenarios read as the trades they describe. */
final class PortfolioFixtures {

    static final Currency BNB = new Currency("BNB", 8);
    static final long T0 = 1_700_000_000_000_000_000L;

    /** Tick 0.01, lot 0.00001, quoted in USDT (scale 8): notionals are exact, never rounded. */
    static final Instrument BTC_USDT =
            Instrument.of(InstrumentId.parse("sim:BTC-USDT"), Currency.BTC, Currency.USDT, "0.01", "0.00001", "0");

    /** Tick 0.01, lot 0.0001, quoted in USD (scale 2): notionals have six decimals and are rounded. */
    static final Instrument ETH_USD =
            Instrument.of(InstrumentId.parse("sim:ETH-USD"), Currency.ETH, Currency.USD, "0.01", "0.0001", "0");

    /** Tick 1, lot 1, quoted in USDT: the value of a position has fewer decimals than the currency. */
    static final Instrument DOGE_USDT =
            Instrument.of(InstrumentId.parse("sim:DOGE-USDT"), new Currency("DOGE", 8), Currency.USDT, "1", "1", "0");

    private PortfolioFixtures() {}

    static Money usdt(String amount) {
        return Money.of(amount, Currency.USDT);
    }

    static Money usd(String amount) {
        return Money.of(amount, Currency.USD);
    }

    static Money bnb(String amount) {
        return Money.of(amount, BNB);
    }

    static Price price(Instrument instrument, String text) {
        return instrument.price(text);
    }

    static OrderFilled buy(Instrument instrument, String quantity, String price, Money commission, long time) {
        return fill(instrument, OrderSide.BUY, quantity, price, commission, time);
    }

    static OrderFilled sell(Instrument instrument, String quantity, String price, Money commission, long time) {
        return fill(instrument, OrderSide.SELL, quantity, price, commission, time);
    }

    static OrderFilled fill(
            Instrument instrument, OrderSide side, String quantity, String price, Money commission, long time) {
        return fill(instrument, side, instrument.quantity(quantity), instrument.price(price), commission, time);
    }

    static OrderFilled fill(
            Instrument instrument, OrderSide side, Quantity quantity, Price price, Money commission, long time) {
        // Scenarios give every fill its own time, so the time names the trade.
        return new OrderFilled(
                new ClientOrderId("O-" + time),
                instrument.id(),
                new VenueOrderId("V-" + time),
                new TradeId("T-" + time),
                side,
                quantity,
                price,
                commission,
                LiquiditySide.TAKER,
                time);
    }
}
