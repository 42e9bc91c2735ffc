package io.alphapulse.engine.execution;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.LiquiditySide;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the {@link SimulatedVenue} charges for a fill, as a rate of its notional. The rate also sizes
 * quote-quantity buys: {@code quantity = floor_to_lot(budget / (price × (1 + taker rate)))}, so that
 * the fee fits the budget (ARCHITECTURE.md §5).
 *
 * <p>Use {@link MakerTakerFeeModel} for venues that charge by liquidity side (every crypto exchange;
 * pass the same rate twice for the backtest's single {@code --fee-bps}). A model with fees that are
 * not a rate of the notional (a fixed amount per fill) overrides {@link #commission} and returns the
 * closest rate for sizing: the venue still never lets a fill cost more cash than the account has.
 */
public interface FeeModel {

    /**
     * The fee as a fraction of the notional for a fill of {@code instrument} on {@code
     * liquiditySide}: {@code 0.001} is 10 basis points; negative is a rebate.
     */
    BigDecimal rate(Instrument instrument, LiquiditySide liquiditySide);

    /**
     * The commission of one fill, in the instrument's quote currency: the rate times the exact
     * notional {@code price × quantity}, rounded once, half-even, to the currency's scale (rounding the
     * notional first would round twice).
     */
    default Money commission(Instrument instrument, Price price, Quantity quantity, LiquiditySide liquiditySide) {
        BigDecimal notional = price.toBigDecimal().multiply(quantity.toBigDecimal());
        return Money.of(
                notional.multiply(rate(instrument, liquiditySide)), instrument.quoteCurrency(), RoundingMode.HALF_EVEN);
    }
}
