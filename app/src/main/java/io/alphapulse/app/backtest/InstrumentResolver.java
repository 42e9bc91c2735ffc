package io.alphapulse.app.backtest;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/**
 * The instrument a backtest trades when all it has is a symbol and data. {@code BASE-QUOTE} symbols
 * (BTC-USDT) name both currencies; a bare symbol (AAPL) is quoted in USD. The tick is one unit of the
 * data's price precision; the lot is {@code 0.00000001} (ARCHITECTURE.md §5), or finer if the data's
 * volumes are; there is no minimum notional.
 */
public final class InstrumentResolver {

    /** The reference lot step of §5. */
    static final int DEFAULT_SIZE_SCALE = 8;

    private InstrumentResolver() {}

    public static Instrument forSeries(BarSeries bars) {
        InstrumentId id = bars.instrumentId();
        String symbol = id.symbol();
        int dash = symbol.lastIndexOf('-');
        Currency base = currency(dash < 0 ? symbol : symbol.substring(0, dash));
        Currency quote = dash < 0 ? Currency.USD : currency(symbol.substring(dash + 1));
        int sizeScale = Math.max(DEFAULT_SIZE_SCALE, bars.sizeScale());
        Quantity lot = new Quantity(1, sizeScale);
        return new Instrument(id, base, quote, new Price(1, bars.priceScale()), lot, lot, Money.zero(quote));
    }

    private static Currency currency(String code) {
        return Currency.isWellKnown(code) ? Currency.of(code) : new Currency(code, DEFAULT_SIZE_SCALE);
    }
}
