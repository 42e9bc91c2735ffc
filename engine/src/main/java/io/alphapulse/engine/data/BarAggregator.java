package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds time bars of one {@link Timeframe} from a live stream of {@link TradeTick}s, per instrument:
 * the live platform's path from a trade feed (venue or synthetic) to the 1-minute bars that
 * strategies and storage consume. Use it wherever bars must be made from trades; recorded bars need
 * no aggregator.
 *
 * <p><b>Exact.</b> Open, high, low and close are trade prices, kept as raw longs at the instrument's
 * price scale; volume is the exact sum of trade sizes at the size scale. The first trade of an
 * instrument fixes both scales; a later trade with another scale is refused with an {@link
 * IllegalArgumentException} naming both, because a changed scale means a mis-mapped feed and any bar
 * built across it would be wrong. A volume that would overflow a long throws {@link
 * ArithmeticException} rather than wrap.
 *
 * <p><b>Alignment.</b> Bars are aligned to the epoch ({@link Timeframe#openTimeOf}): a bar covers
 * {@code [open, open + duration)}, so a trade exactly on a boundary opens the new bar. An emitted bar's
 * {@link Bar#timestampNanos() timestamp} is its close time, {@code open + duration}.
 *
 * <p><b>When a bar is emitted.</b> A bar is emitted once, when it is known to be complete:
 *
 * <ul>
 *   <li>{@link #onTrade} returns the instrument's open bar when a trade of a later bar arrives;
 *   <li>{@link #closeUpTo} returns every open bar whose close time has passed, so a quiet market still
 *       closes its bar on time. On the kernel, a component calls it from a repeating clock timer set at
 *       the exact bar boundaries ({@code clock.setTimer(name, duration, openTimeOf(now), NO_STOP, ...)}
 *       repeats at {@code start + k × duration} and never drifts) and {@code send}s each bar.
 * </ul>
 *
 * <p><b>Intervals without trades produce no bar.</b> A bar summarises trades; an interval without any
 * has nothing to summarise. A "flat" bar at the previous close with zero volume would record a price
 * nobody traded at that time, pull range and volatility measures (ATR, Bollinger width) towards zero
 * on illiquid instruments, and has no value at all for an instrument that has not traded yet. So the
 * bar sequence of an instrument may have gaps: the next bar's {@link Bar#openTimeNanos()} is then
 * later than the previous bar's close time. A consumer that needs a regular grid fills the gap itself,
 * knowing that it is filling.
 *
 * <p><b>Late trades are dropped and counted.</b> A trade is late when it belongs to an interval that
 * is already closed: older than the instrument's current (or last) bar, or older than the last
 * boundary passed to {@link #closeUpTo}. Emitted bars are facts that consumers have already acted on,
 * so a late trade never reopens or amends one, and it must not open a bar out of time order either.
 * It is dropped and counted ({@link #lateTradeCount()}) so that a feed delivering late is visible. On
 * a wall clock, trades stamped with venue time can arrive a little after the boundary; a component
 * that wants them can run its timer a grace period after the boundary and call {@code
 * closeUpTo(boundary)}: the bar keeps its boundary timestamp.
 *
 * <p><b>Cost.</b> One small state object per instrument, created by its first trade; after that a
 * trade allocates nothing, and each closed bar allocates one {@link Bar} (plus, from {@link #onTrade},
 * the {@link Optional} that carries it).
 *
 * <p><b>Determinism.</b> The same trades and {@code closeUpTo} calls, in the same order, give the same
 * bars in the same order. {@link #closeUpTo} returns bars by close time, then by the order in which
 * the instruments first traded.
 *
 * <p>Not thread-safe: use it from one thread (the kernel thread).
 */
public final class BarAggregator {

    private final Timeframe timeframe;
    private final long durationNanos;
    private final Map<InstrumentId, OpenBar> bars = new LinkedHashMap<>();
    /** Trades before this time belong to intervals {@link #closeUpTo} has closed. */
    private long closedBeforeNanos = Long.MIN_VALUE;

    private long lateTrades;

    /** An aggregator building bars of {@code timeframe} for every instrument it sees trades of. */
    public BarAggregator(Timeframe timeframe) {
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.durationNanos = timeframe.durationNanos();
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /**
     * Adds a trade to its instrument's bar.
     *
     * @return the instrument's previous bar when this trade is the first of a later bar, otherwise empty
     *     (also when the trade was late and dropped)
     * @throws IllegalArgumentException if the trade's price or size scale differs from the instrument's
     *     earlier trades
     * @throws ArithmeticException if the bar's volume would overflow
     */
    public Optional<Bar> onTrade(TradeTick trade) {
        Objects.requireNonNull(trade, "trade");
        OpenBar state = bars.computeIfAbsent(trade.instrumentId(), OpenBar::new);
        long priceRaw = trade.price().raw();
        long sizeRaw = trade.size().raw();
        checkScales(state, trade);
        long time = trade.timestampNanos();
        if (time < closedBeforeNanos || time < state.openTimeNanos) {
            lateTrades++;
            return Optional.empty();
        }
        long openTime = timeframe.openTimeOf(time);
        if (state.open && openTime == state.openTimeNanos) {
            if (Long.MAX_VALUE - state.volumeRaw < sizeRaw) {
                throw new ArithmeticException("volume of the " + timeframe + " bar of " + state.instrumentId
                        + " opening at " + openTime + " overflows a long at scale " + state.sizeScale
                        + " with trade " + trade.tradeId());
            }
            state.add(priceRaw, sizeRaw);
            return Optional.empty();
        }
        Bar completed = state.open ? state.close(timeframe) : null;
        state.start(openTime, priceRaw, sizeRaw);
        return Optional.ofNullable(completed);
    }

    /**
     * Closes every open bar whose close time is at or before {@code timeNanos}, and marks the intervals
     * before {@code timeframe.openTimeOf(timeNanos)} closed: later trades in them are late. Calling it
     * with a time earlier than before closes nothing new.
     *
     * @return the closed bars by close time, then by the order in which their instruments first traded;
     *     an empty list when none closed
     */
    public List<Bar> closeUpTo(long timeNanos) {
        closedBeforeNanos = Math.max(closedBeforeNanos, timeframe.openTimeOf(timeNanos));
        List<Bar> closed = null;
        for (OpenBar state : bars.values()) {
            // open + duration <= timeNanos, subtracting so that closeUpTo(Long.MAX_VALUE) cannot overflow
            if (state.open && state.openTimeNanos <= timeNanos - durationNanos) {
                if (closed == null) {
                    closed = new ArrayList<>();
                }
                closed.add(state.close(timeframe));
            }
        }
        if (closed == null) {
            return List.of();
        }
        if (closed.size() > 1) {
            // Stable: equal close times keep the instruments' first-trade order.
            closed.sort(Comparator.comparingLong(Bar::timestampNanos));
        }
        return closed;
    }

    /** Trades dropped because they belonged to an interval that had already closed. */
    public long lateTradeCount() {
        return lateTrades;
    }

    /** Instruments with a bar still open, in the order they first traded. */
    public List<InstrumentId> openInstruments() {
        List<InstrumentId> open = new ArrayList<>();
        for (OpenBar state : bars.values()) {
            if (state.open) {
                open.add(state.instrumentId);
            }
        }
        return open;
    }

    private static void checkScales(OpenBar state, TradeTick trade) {
        int priceScale = trade.price().scale();
        int sizeScale = trade.size().scale();
        if (state.priceScale == OpenBar.NO_SCALE) {
            state.priceScale = priceScale;
            state.sizeScale = sizeScale;
            return;
        }
        if (priceScale != state.priceScale) {
            throw new IllegalArgumentException("trade " + trade.tradeId() + " of " + trade.instrumentId()
                    + " has price " + trade.price() + " at scale " + priceScale + ", but earlier trades of "
                    + trade.instrumentId() + " have price scale " + state.priceScale);
        }
        if (sizeScale != state.sizeScale) {
            throw new IllegalArgumentException("trade " + trade.tradeId() + " of " + trade.instrumentId()
                    + " has size " + trade.size() + " at scale " + sizeScale + ", but earlier trades of "
                    + trade.instrumentId() + " have size scale " + state.sizeScale);
        }
    }
}
