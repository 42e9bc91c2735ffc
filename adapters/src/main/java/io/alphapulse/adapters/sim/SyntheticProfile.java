package io.alphapulse.adapters.sim;

import io.alphapulse.engine.model.Instrument;
import java.math.BigDecimal;

/**
 * How {@link SyntheticMarket} moves one instrument: where its price starts, how volatile it is,
 * how often it trades and how large trades and quotes are.
 *
 * @param instrument the instrument with its tick and lot
 * @param startPrice first price, positive; also the level a non-zero {@code meanReversionPerYear}
 *     pulls the price back towards
 * @param annualVolatility annualised volatility of log returns, e.g. {@code 0.60} for 60%; a year is
 *     365.25 days because the simulated venue trades around the clock
 * @param meanReversionPerYear speed {@code κ} at which the log price reverts to the log start price
 *     (an Ornstein–Uhlenbeck pull; {@code 0} is plain geometric Brownian motion). {@code 12} gives a
 *     half-life of about three weeks: invisible intraday, but it keeps a feed left running for days
 *     near plausible levels
 * @param tradesPerSecond rate of the Poisson process of trade arrivals, positive
 * @param medianTradeSize median trade size in base units; sizes are log-normal around it (skewed:
 *     many small trades, a few large), truncated to the lot and never below one lot
 * @param maxSpreadTicks the quoted spread is drawn uniformly from 1 to this many ticks
 */
public record SyntheticProfile(
        Instrument instrument,
        BigDecimal startPrice,
        double annualVolatility,
        double meanReversionPerYear,
        double tradesPerSecond,
        BigDecimal medianTradeSize,
        int maxSpreadTicks) {

    public SyntheticProfile {
        if (instrument == null || startPrice == null || medianTradeSize == null) {
            throw new IllegalArgumentException("synthetic profile of " + instrument + " has a null field: start price "
                    + startPrice + ", median trade size " + medianTradeSize);
        }
        if (startPrice.signum() <= 0) {
            throw new IllegalArgumentException(
                    "start price of " + instrument.id() + " must be positive, was " + startPrice);
        }
        if (!(annualVolatility >= 0 && annualVolatility <= 10)) {
            throw new IllegalArgumentException(
                    "annual volatility of " + instrument.id() + " must be in 0..10, was " + annualVolatility);
        }
        if (!(meanReversionPerYear >= 0 && meanReversionPerYear <= 1_000)) {
            throw new IllegalArgumentException("mean reversion of " + instrument.id() + " must be in 0..1000 per year,"
                    + " was " + meanReversionPerYear);
        }
        if (!(tradesPerSecond > 0 && tradesPerSecond <= 10_000)) {
            throw new IllegalArgumentException(
                    "trade rate of " + instrument.id() + " must be in (0, 10000] per second, was " + tradesPerSecond);
        }
        if (medianTradeSize.signum() <= 0) {
            throw new IllegalArgumentException(
                    "median trade size of " + instrument.id() + " must be positive, was " + medianTradeSize);
        }
        if (maxSpreadTicks < 1 || maxSpreadTicks > 1_000) {
            throw new IllegalArgumentException(
                    "max spread of " + instrument.id() + " must be 1..1000 ticks, was " + maxSpreadTicks);
        }
    }

    /** This profile with another volatility; for what-if runs and tests. */
    public SyntheticProfile withAnnualVolatility(double volatility) {
        return new SyntheticProfile(
                instrument,
                startPrice,
                volatility,
                meanReversionPerYear,
                tradesPerSecond,
                medianTradeSize,
                maxSpreadTicks);
    }

    /** This profile with another mean-reversion speed; {@code 0} is pure geometric Brownian motion. */
    public SyntheticProfile withMeanReversionPerYear(double speed) {
        return new SyntheticProfile(
                instrument, startPrice, annualVolatility, speed, tradesPerSecond, medianTradeSize, maxSpreadTicks);
    }

    /** This profile with another trade arrival rate. */
    public SyntheticProfile withTradesPerSecond(double rate) {
        return new SyntheticProfile(
                instrument, startPrice, annualVolatility, meanReversionPerYear, rate, medianTradeSize, maxSpreadTicks);
    }
}
