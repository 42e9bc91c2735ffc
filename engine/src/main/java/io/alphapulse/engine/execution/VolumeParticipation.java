package io.alphapulse.engine.execution;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Quantity;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Caps the fills of one bar at a fraction of its traded volume, floored to the lot: with {@code 0.1}
 * a bar that traded 5 BTC fills at most 0.5 BTC of our orders. Larger orders fill over several bars
 * ({@code OrderPartiallyFilled} … {@code OrderFilled}), or, with IOC, fill the capped part and cancel
 * the rest; FOK orders larger than the cap are canceled.
 *
 * <p>Use it for strategies whose orders are not small against the market (illiquid instruments, long
 * timeframes with large accounts, capacity studies): without it a backtest buys a whole day's volume
 * at the open. A bar with no volume fills nothing.
 */
public final class VolumeParticipation implements FillLimit {

    private final BigDecimal fraction;

    /** @param fraction the share of each bar's volume we may take, above 0 and at most 1 */
    public VolumeParticipation(BigDecimal fraction) {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("participation fraction must be above 0 and at most 1, was " + fraction);
        }
        this.fraction = fraction;
    }

    @Override
    public Quantity capacity(Bar bar, Instrument instrument) {
        return instrument.floorToLot(bar.volume().toBigDecimal().multiply(fraction));
    }

    public BigDecimal fraction() {
        return fraction;
    }

    @Override
    public String toString() {
        return "VolumeParticipation[" + fraction.toPlainString() + "]";
    }
}
