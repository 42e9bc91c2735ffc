package io.alphapulse.engine.execution;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.orders.LiquiditySide;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fees in basis points of the notional, one rate for fills that add liquidity (maker) and one for
 * fills that take it (taker): {@code fee = bps / 10,000 × notional}, in the quote currency, for every
 * instrument alike.
 *
 * <p>Use it for exchange-style fee schedules (the two rates of the account's tier in the venue's fee
 * table) and, through {@link #flat}, for the backtest's {@code --fee-bps}, which charges every fill
 * the same. A negative maker rate models a rebate.
 */
public final class MakerTakerFeeModel implements FeeModel {

    private static final BigDecimal BASIS_POINTS_PER_UNIT = BigDecimal.valueOf(10_000);

    private final BigDecimal makerBasisPoints;
    private final BigDecimal takerBasisPoints;
    private final BigDecimal makerRate;
    private final BigDecimal takerRate;

    /**
     * @param makerBasisPoints fee of maker fills, above −10,000 and below 10,000 (negative: rebate)
     * @param takerBasisPoints fee of taker fills, 0 to below 10,000
     */
    public MakerTakerFeeModel(BigDecimal makerBasisPoints, BigDecimal takerBasisPoints) {
        Objects.requireNonNull(makerBasisPoints, "makerBasisPoints");
        Objects.requireNonNull(takerBasisPoints, "takerBasisPoints");
        if (makerBasisPoints.abs().compareTo(BASIS_POINTS_PER_UNIT) >= 0) {
            throw new IllegalArgumentException(
                    "maker fee must be above -10000 and below 10000 basis points, was " + makerBasisPoints);
        }
        if (takerBasisPoints.signum() < 0 || takerBasisPoints.compareTo(BASIS_POINTS_PER_UNIT) >= 0) {
            throw new IllegalArgumentException(
                    "taker fee must be 0 to below 10000 basis points, was " + takerBasisPoints);
        }
        this.makerBasisPoints = makerBasisPoints;
        this.takerBasisPoints = takerBasisPoints;
        this.makerRate = makerBasisPoints.movePointLeft(4);
        this.takerRate = takerBasisPoints.movePointLeft(4);
    }

    /** The same rate for maker and taker fills: the backtest's {@code --fee-bps}. */
    public static MakerTakerFeeModel flat(BigDecimal basisPoints) {
        return new MakerTakerFeeModel(basisPoints, basisPoints);
    }

    @Override
    public BigDecimal rate(Instrument instrument, LiquiditySide liquiditySide) {
        return liquiditySide == LiquiditySide.MAKER ? makerRate : takerRate;
    }

    public BigDecimal makerBasisPoints() {
        return makerBasisPoints;
    }

    public BigDecimal takerBasisPoints() {
        return takerBasisPoints;
    }

    @Override
    public String toString() {
        return "MakerTakerFeeModel[maker " + makerBasisPoints.toPlainString() + " bps, taker "
                + takerBasisPoints.toPlainString() + " bps]";
    }
}
