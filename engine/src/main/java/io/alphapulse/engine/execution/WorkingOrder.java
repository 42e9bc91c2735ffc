package io.alphapulse.engine.execution;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderType;
import io.alphapulse.engine.orders.TimeInForce;
import io.alphapulse.engine.orders.VenueOrderId;

/**
 * An order accepted by the {@link SimulatedVenue}: the {@link Order} every published event is
 * applied to (so the venue can never publish a history the state machine refuses), plus what only
 * the venue tracks: its id there, when it arrived, whether a stop has triggered and whether a limit
 * has already seen an open.
 *
 * <p>{@link #match} holds the price rules of the class Javadoc of {@link SimulatedVenue}. It compares
 * raw longs (the bar and the order share the instrument's price scale) and allocates only when the
 * bar reaches the order, so resting orders cost nothing on bars that leave them alone.
 */
final class WorkingOrder {

    private final Order order;
    private final VenueOrderId venueOrderId;
    private final long acceptedTimestampNanos;
    private final boolean buy;
    private Stage stage;
    private boolean limitHasSeenAnOpen;

    /** Where the order is in its life at the venue; a stop starts waiting, everything else is live. */
    private enum Stage {
        /** A stop whose trigger has not been reached. */
        WAITING_FOR_TRIGGER,
        /** A stop limit triggered inside a bar: its limit works from the next open. */
        LIVE_FROM_NEXT_BAR,
        /** Working as a market or limit order. */
        LIVE
    }

    WorkingOrder(Order order, VenueOrderId venueOrderId, long acceptedTimestampNanos) {
        this.order = order;
        this.venueOrderId = venueOrderId;
        this.acceptedTimestampNanos = acceptedTimestampNanos;
        this.buy = order.side() == OrderSide.BUY;
        this.stage = order.type().hasTriggerPrice() ? Stage.WAITING_FOR_TRIGGER : Stage.LIVE;
    }

    Order order() {
        return order;
    }

    VenueOrderId venueOrderId() {
        return venueOrderId;
    }

    /**
     * Whether {@code bar} may fill this order: it opened at or after the order arrived and closed
     * after it. A bar that opened earlier would fill at a price from before the order existed.
     */
    boolean isEligibleFor(Bar bar) {
        return bar.openTimeNanos() >= acceptedTimestampNanos && bar.timestampNanos() > acceptedTimestampNanos;
    }

    /**
     * Whether the order worked as a market or limit order during the last matched bar: the bar its
     * time in force counts. A stop limit triggered inside that bar is not yet live.
     */
    boolean isLive() {
        return stage == Stage.LIVE;
    }

    /**
     * What {@code bar} does to this order: triggers a stop, and returns the price and liquidity of a
     * fill, or {@code null} when the bar does not reach the order.
     *
     * @param trade whether {@code bar} is one trade rather than a bar: a trade through a resting limit
     *     took it at the limit first, so a maker fill is at the limit, not at the trade's price
     */
    Execution match(Bar bar, SlippageModel slippageModel, Instrument instrument, boolean trade) {
        if (stage == Stage.LIVE_FROM_NEXT_BAR) {
            stage = Stage.LIVE;
        }
        OrderType type = order.type();
        return switch (type) {
            case MARKET -> taker(bar.open(), slippageModel, instrument);
            case LIMIT -> matchLimit(bar, trade);
            case STOP_MARKET -> matchStopMarket(bar, slippageModel, instrument);
            case STOP_LIMIT -> matchStopLimit(bar, trade);
        };
    }

    private Execution matchStopMarket(Bar bar, SlippageModel slippageModel, Instrument instrument) {
        if (stage == Stage.LIVE) {
            // Triggered on an earlier bar and not completely filled there: a market order now.
            return taker(bar.open(), slippageModel, instrument);
        }
        Price trigger = order.command().triggerPrice();
        if (!reachesTrigger(bar, trigger.raw())) {
            return null;
        }
        stage = Stage.LIVE;
        return taker(opensThroughTrigger(bar, trigger.raw()) ? bar.open() : trigger, slippageModel, instrument);
    }

    private Execution matchStopLimit(Bar bar, boolean trade) {
        if (stage == Stage.WAITING_FOR_TRIGGER) {
            long trigger = order.command().triggerPrice().raw();
            if (!reachesTrigger(bar, trigger)) {
                return null;
            }
            if (!opensThroughTrigger(bar, trigger)) {
                // Touched inside the bar: whether the price came back to the limit after the touch is
                // unknowable from a bar, so the limit is given the benefit of no doubt and works from
                // the next open.
                stage = Stage.LIVE_FROM_NEXT_BAR;
                return null;
            }
            // Triggered by the open itself: the limit works from this open, in this bar.
            stage = Stage.LIVE;
        }
        return stage == Stage.LIVE ? matchLimit(bar, trade) : null;
    }

    /**
     * A live limit: at the open if the open is at or through the limit (taker only at the first open
     * it sees, when it would have been marketable on arrival), otherwise at the limit when the range
     * reaches it (maker). IOC and FOK orders never rest, so only the open can fill them.
     */
    private Execution matchLimit(Bar bar, boolean trade) {
        boolean firstOpen = !limitHasSeenAnOpen;
        limitHasSeenAnOpen = true;
        Price limit = order.command().limitPrice();
        long open = bar.openRaw();
        boolean marketableAtOpen = buy ? open <= limit.raw() : open >= limit.raw();
        if (marketableAtOpen) {
            return firstOpen
                    ? new Execution(bar.open(), LiquiditySide.TAKER)
                    : new Execution(trade ? limit : bar.open(), LiquiditySide.MAKER);
        }
        if (order.timeInForce() != TimeInForce.GTC) {
            return null;
        }
        boolean reached = buy ? bar.lowRaw() <= limit.raw() : bar.highRaw() >= limit.raw();
        return reached ? new Execution(limit, LiquiditySide.MAKER) : null;
    }

    private boolean reachesTrigger(Bar bar, long trigger) {
        return buy ? bar.highRaw() >= trigger : bar.lowRaw() <= trigger;
    }

    private boolean opensThroughTrigger(Bar bar, long trigger) {
        return buy ? bar.openRaw() >= trigger : bar.openRaw() <= trigger;
    }

    private Execution taker(Price marketPrice, SlippageModel slippageModel, Instrument instrument) {
        return new Execution(slippageModel.fillPrice(marketPrice, order.side(), instrument), LiquiditySide.TAKER);
    }
}
