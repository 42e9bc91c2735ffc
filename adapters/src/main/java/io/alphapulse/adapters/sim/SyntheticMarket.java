package io.alphapulse.adapters.sim;

import io.alphapulse.engine.data.MarketData;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded, deterministic market of synthetic trades and quotes: the data source of the simulated
 * venue {@code sim}, and a reproducible input for tests.
 *
 * <p>Each instrument follows its {@link SyntheticProfile}: the log price is a Brownian motion with
 * the profile's annualised volatility (geometric Brownian motion for the price), optionally pulled
 * back towards the start price (Ornstein–Uhlenbeck in the log price). Trades arrive as a Poisson
 * process; each prints at the process's price rounded half-even to the tick, with a log-normal size
 * truncated to the lot (at least one lot) and an aggressor that agrees with the move (an uptick is a
 * buy, a downtick a sell; an unchanged print takes the side of the underlying move). Every trade is
 * followed, at the same time, by a quote with the trade on its touch: a buy lifted the ask, a sell
 * hit the bid, with a spread of 1 to {@code maxSpreadTicks} ticks.
 *
 * <p><b>Determinism.</b> Each instrument draws from its own {@link SplittableRandom}, split from the
 * seed in the order of the profiles, and every draw belongs to one trade. The events up to a time are
 * therefore the same for the same seed and profiles whichever way the time is reached: one call to
 * {@link #advanceTo} or many. Events come in time order; at equal times in the order of the profiles,
 * a trade before its quote. Trade ids count up per instrument: {@code SIM-BTC-USDT-1}, {@code
 * SIM-BTC-USDT-2}, ...
 *
 * <p>Not thread-safe: one thread drives it ({@link SyntheticFeed} does, live).
 */
public final class SyntheticMarket {

    /** A year of round-the-clock trading: 365.25 days. */
    static final double NANOS_PER_YEAR = 365.25 * 24 * 3600 * 1e9;

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double TRADE_SIZE_DISPERSION = 0.9;
    private static final double QUOTE_SIZE_DISPERSION = 0.6;
    private static final double QUOTE_SIZE_MULTIPLE = 3.0;
    private static final int MAX_SYMBOL_LENGTH = 40; // "SIM-" + symbol + "-" + 19 digits fits 64

    private final List<Track> tracks;
    private long timeNanos;

    /**
     * @param profiles the instruments and how they move; ids must be distinct
     * @param seed the seed: the same seed gives the same events
     * @param startTimeNanos the market's time before the first event, epoch nanoseconds
     */
    public SyntheticMarket(List<SyntheticProfile> profiles, long seed, long startTimeNanos) {
        Objects.requireNonNull(profiles, "profiles");
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a synthetic market needs at least one instrument");
        }
        SplittableRandom root = new SplittableRandom(seed);
        Set<InstrumentId> seen = new HashSet<>();
        List<Track> built = new ArrayList<>(profiles.size());
        for (SyntheticProfile profile : profiles) {
            Objects.requireNonNull(profile, "profile");
            InstrumentId id = profile.instrument().id();
            if (!seen.add(id)) {
                throw new IllegalArgumentException("instrument " + id + " appears twice in the synthetic market");
            }
            if (id.symbol().length() > MAX_SYMBOL_LENGTH) {
                throw new IllegalArgumentException("symbol of " + id + " is longer than " + MAX_SYMBOL_LENGTH
                        + " characters and would not fit a trade id");
            }
            built.add(new Track(profile, root.split(), startTimeNanos));
        }
        this.tracks = List.copyOf(built);
        this.timeNanos = startTimeNanos;
    }

    /** The market's current time: the last time it was advanced to. */
    public long timeNanos() {
        return timeNanos;
    }

    /** The instruments this market simulates, in the order of its profiles. */
    public List<Instrument> instruments() {
        return tracks.stream().map(track -> track.instrument).toList();
    }

    /** The last traded price of {@code instrumentId}, or the start price before its first trade. */
    public Price lastPrice(InstrumentId instrumentId) {
        for (Track track : tracks) {
            if (track.instrument.id().equals(instrumentId)) {
                return track.priceOf(track.lastTicks);
            }
        }
        throw new IllegalArgumentException("instrument " + instrumentId + " is not in this synthetic market");
    }

    /** Every event after the current time and up to {@code toTimeNanos} inclusive, in time order. */
    public List<MarketData> advanceTo(long toTimeNanos) {
        List<MarketData> events = new ArrayList<>();
        advanceTo(toTimeNanos, events::add);
        return events;
    }

    /**
     * Hands every event after the current time and up to {@code toTimeNanos} inclusive to {@code
     * consumer}, in time order, and moves the market's time to {@code toTimeNanos}.
     *
     * @throws IllegalArgumentException if {@code toTimeNanos} is before the current time
     */
    public void advanceTo(long toTimeNanos, Consumer<? super MarketData> consumer) {
        requireNotBackwards(toTimeNanos);
        Objects.requireNonNull(consumer, "consumer");
        while (true) {
            Track next = null;
            for (Track track : tracks) {
                if (track.nextTradeNanos <= toTimeNanos
                        && (next == null || track.nextTradeNanos < next.nextTradeNanos)) {
                    next = track;
                }
            }
            if (next == null) {
                break;
            }
            next.trade(consumer);
        }
        timeNanos = toTimeNanos;
    }

    /**
     * Moves to {@code toTimeNanos} without printing anything in between: each price moves by one step
     * over the gap and the next trades are drawn afresh from the new time (arrivals are memoryless, so
     * the process stays the same). For a live feed that was suspended, rather than replaying hours of
     * trades in one burst.
     *
     * @throws IllegalArgumentException if {@code toTimeNanos} is before the current time
     */
    public void skipTo(long toTimeNanos) {
        requireNotBackwards(toTimeNanos);
        for (Track track : tracks) {
            track.skip(toTimeNanos);
        }
        timeNanos = toTimeNanos;
    }

    private void requireNotBackwards(long toTimeNanos) {
        if (toTimeNanos < timeNanos) {
            throw new IllegalArgumentException(
                    "synthetic market cannot go back in time from " + timeNanos + " to " + toTimeNanos + " ns");
        }
    }

    /** One instrument's price process, arrivals and counters. */
    private static final class Track {

        private final SyntheticProfile profile;
        private final Instrument instrument;
        private final SplittableRandom random;
        private final String tradeIdPrefix;
        private final double tick;
        private final double lot;
        private final double logStartPrice;
        private final double volatility;
        private final double meanReversion;
        private final long minimumTicks;
        private double logPrice;
        private long lastTicks;
        private long processTimeNanos;
        private long nextTradeNanos;
        private long tradeCount;

        Track(SyntheticProfile profile, SplittableRandom random, long startTimeNanos) {
            this.profile = profile;
            this.instrument = profile.instrument();
            this.random = random;
            this.tradeIdPrefix = "SIM-" + instrument.id().symbol() + "-";
            this.tick = instrument.priceIncrement().toDouble();
            this.lot = instrument.sizeIncrement().toDouble();
            this.logStartPrice = Math.log(profile.startPrice().doubleValue());
            this.volatility = profile.annualVolatility();
            this.meanReversion = profile.meanReversionPerYear();
            // Room for the widest spread below a sell's bid, so a quote never reaches zero.
            this.minimumTicks = profile.maxSpreadTicks() + 1L;
            this.logPrice = logStartPrice;
            this.lastTicks = toTicks(logPrice);
            this.processTimeNanos = startTimeNanos;
            this.nextTradeNanos = startTimeNanos + interArrivalNanos();
        }

        void trade(Consumer<? super MarketData> consumer) {
            long time = nextTradeNanos;
            double shock = random.nextGaussian();
            diffuse(time - processTimeNanos, shock);
            processTimeNanos = time;
            long ticks = toTicks(logPrice);
            OrderSide aggressor;
            if (ticks != lastTicks) {
                aggressor = ticks > lastTicks ? OrderSide.BUY : OrderSide.SELL;
            } else {
                aggressor = shock >= 0 ? OrderSide.BUY : OrderSide.SELL;
            }
            lastTicks = ticks;
            Price price = priceOf(ticks);
            Quantity size = lognormalSize(1.0, TRADE_SIZE_DISPERSION);
            tradeCount++;
            consumer.accept(new TradeTick(instrument.id(), price, size, aggressor, tradeIdPrefix + tradeCount, time));

            long spread = 1 + random.nextInt(profile.maxSpreadTicks());
            long bidTicks = aggressor == OrderSide.BUY ? ticks - spread : ticks;
            long askTicks = aggressor == OrderSide.BUY ? ticks : ticks + spread;
            Quantity bidSize = lognormalSize(QUOTE_SIZE_MULTIPLE, QUOTE_SIZE_DISPERSION);
            Quantity askSize = lognormalSize(QUOTE_SIZE_MULTIPLE, QUOTE_SIZE_DISPERSION);
            consumer.accept(
                    new QuoteTick(instrument.id(), priceOf(bidTicks), priceOf(askTicks), bidSize, askSize, time));

            nextTradeNanos = time + interArrivalNanos();
        }

        void skip(long toTimeNanos) {
            if (toTimeNanos <= processTimeNanos) {
                return;
            }
            diffuse(toTimeNanos - processTimeNanos, random.nextGaussian());
            processTimeNanos = toTimeNanos;
            lastTicks = toTicks(logPrice);
            nextTradeNanos = toTimeNanos + interArrivalNanos();
        }

        /** One Euler step of d(log S) = -κ (log S - log S0) dt - σ²/2 dt + σ dW over {@code nanos}. */
        private void diffuse(long nanos, double shock) {
            double years = nanos / NANOS_PER_YEAR;
            double pull = -meanReversion * (logPrice - logStartPrice) * years;
            double drift = -0.5 * volatility * volatility * years;
            logPrice += pull + drift + volatility * Math.sqrt(years) * shock;
        }

        private long toTicks(double log) {
            double ticks = Math.rint(Math.exp(log) / tick);
            // A price this far off is a misconfiguration; clamp rather than overflow the raw long.
            return (long) Math.max(minimumTicks, Math.min(ticks, 1e15));
        }

        Price priceOf(long ticks) {
            Price increment = instrument.priceIncrement();
            return new Price(Math.multiplyExact(ticks, increment.raw()), increment.scale());
        }

        /** A log-normal size around {@code multiple ×} the median, truncated to the lot, at least one lot. */
        private Quantity lognormalSize(double multiple, double dispersion) {
            double size =
                    profile.medianTradeSize().doubleValue() * multiple * Math.exp(dispersion * random.nextGaussian());
            long lots = (long) Math.max(1, Math.min(Math.floor(size / lot), 1e12));
            Quantity increment = instrument.sizeIncrement();
            return new Quantity(Math.multiplyExact(lots, increment.raw()), increment.scale());
        }

        private long interArrivalNanos() {
            double exponential = -Math.log1p(-random.nextDouble());
            double nanos = Math.ceil(exponential / profile.tradesPerSecond() * NANOS_PER_SECOND);
            return (long) Math.max(1, nanos);
        }
    }
}
