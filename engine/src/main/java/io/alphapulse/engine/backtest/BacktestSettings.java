package io.alphapulse.engine.backtest;

import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a backtest trades: on which instrument, with how much cash, at what cost. The defaults of
 * ARCHITECTURE.md §5 are 10,000 of the quote currency, 10 bps fees and no slippage.
 *
 * @param instrument the traded instrument (its tick, lot and quote currency)
 * @param initialCash starting cash, in the instrument's quote currency, positive
 * @param feeBps fee per fill as basis points of its notional, for makers and takers alike, 0..1000
 * @param slippageBps fixed slippage against the trader on market and stop fills, 0..1000
 * @param volumeParticipation the largest fraction of a bar's volume one order may fill in that bar,
 *     in (0, 1]; {@code null} for no limit (the reference model: fills are never partial)
 */
public record BacktestSettings(
        Instrument instrument,
        Money initialCash,
        BigDecimal feeBps,
        BigDecimal slippageBps,
        BigDecimal volumeParticipation) {

    private static final BigDecimal MAX_BPS = BigDecimal.valueOf(1000);

    public BacktestSettings {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(initialCash, "initialCash");
        Objects.requireNonNull(feeBps, "feeBps");
        Objects.requireNonNull(slippageBps, "slippageBps");
        if (!initialCash.currency().equals(instrument.quoteCurrency())) {
            throw new IllegalArgumentException("cash " + initialCash + " is not in " + instrument.id()
                    + "'s quote currency " + instrument.quoteCurrency().code());
        }
        if (!initialCash.isPositive()) {
            throw new IllegalArgumentException(
                    "cash must be positive, was " + initialCash.toBigDecimal().toPlainString());
        }
        requireBps("fee", feeBps);
        requireBps("slippage", slippageBps);
        if (volumeParticipation != null
                && (volumeParticipation.signum() <= 0 || volumeParticipation.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(
                    "volume participation must be in (0, 1], was " + volumeParticipation.toPlainString());
        }
    }

    private static void requireBps(String what, BigDecimal bps) {
        if (bps.signum() < 0 || bps.compareTo(MAX_BPS) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1000 bps, was " + bps.toPlainString());
        }
    }
}
