package io.alphapulse.engine.risk;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.portfolio.AccountView;
import java.util.Objects;

/**
 * What a {@link RiskPolicy} may know besides the order: the instrument's grid and minimums, the
 * account, a price to value orders that carry none, and whether trading is allowed at all. Built by
 * the caller for each order; policies only read it.
 *
 * @param instrument the order's instrument
 * @param account cash and positions, read-only
 * @param referencePrice the last price of the instrument (the last close in a backtest), used to
 *     value market orders and positions; {@code null} while no price is known, in which case
 *     policies that need it deny orders they cannot value
 * @param tradingState whether the account may trade
 */
public record RiskContext(Instrument instrument, AccountView account, Price referencePrice, TradingState tradingState) {

    public RiskContext {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tradingState, "tradingState");
    }
}
