package io.alphapulse.engine.execution;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A fixed fraction of the price against the trader: a buy fills at {@code price × (1 + bps / 10,000)},
 * a sell at {@code price × (1 − bps / 10,000)}, rounded to the tick against the trader (a buy up, a
 * sell down), so the slipped price is always one the venue could print. Zero basis points return the
 * market price unchanged, exactly.
 *
 * <p>Use it for the backtest's {@code --slippage-bps} and wherever a constant cost per trade is a fair
 * stand-in for spread and impact (liquid instruments, small orders). It ignores order size; a model
 * that grows with size or volatility is another {@link SlippageModel}.
 */
public final class FixedBpsSlippage implements SlippageModel {

    private static final BigDecimal BASIS_POINTS_PER_UNIT = BigDecimal.valueOf(10_000);

    private final BigDecimal basisPoints;
    private final BigDecimal buyFactor;
    private final BigDecimal sellFactor;

    /** @param basisPoints the slippage, 0 to below 10,000 */
    public FixedBpsSlippage(BigDecimal basisPoints) {
        Objects.requireNonNull(basisPoints, "basisPoints");
        if (basisPoints.signum() < 0 || basisPoints.compareTo(BASIS_POINTS_PER_UNIT) >= 0) {
            throw new IllegalArgumentException("slippage must be 0 to below 10000 basis points, was " + basisPoints);
        }
        this.basisPoints = basisPoints;
        BigDecimal rate = basisPoints.movePointLeft(4);
        this.buyFactor = BigDecimal.ONE.add(rate);
        this.sellFactor = BigDecimal.ONE.subtract(rate);
    }

    /** No slippage: every taker fill at the market price. */
    public static FixedBpsSlippage none() {
        return new FixedBpsSlippage(BigDecimal.ZERO);
    }

    @Override
    public Price fillPrice(Price marketPrice, OrderSide side, Instrument instrument) {
        if (basisPoints.signum() == 0) {
            return marketPrice;
        }
        if (side == OrderSide.BUY) {
            return instrument.roundPriceToTick(marketPrice.toBigDecimal().multiply(buyFactor), RoundingMode.CEILING);
        }
        Price slipped =
                instrument.roundPriceToTick(marketPrice.toBigDecimal().multiply(sellFactor), RoundingMode.FLOOR);
        // A positive market price never slips to zero or below: one tick is the least a sale can fetch.
        return marketPrice.isPositive() && !slipped.isPositive() ? instrument.priceIncrement() : slipped;
    }

    public BigDecimal basisPoints() {
        return basisPoints;
    }

    @Override
    public String toString() {
        return "FixedBpsSlippage[" + basisPoints.toPlainString() + " bps]";
    }
}
