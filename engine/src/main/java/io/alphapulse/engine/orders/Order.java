package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One order's state, built from its {@link SubmitOrder} and folded forward by {@link #apply} with
 * the {@link OrderEvent}s reported for it. The execution engine keeps one per open order; it is
 * mutable and <b>not thread-safe</b>, owned by the kernel thread. Other threads read published
 * events, never an {@code Order}.
 *
 * <p>{@link #apply} accepts only what the transition table in {@link OrderStatus} allows and what
 * fits the quantities: every fill is positive and at most the leaves quantity, an {@link
 * OrderFilled} completes the order exactly and an {@link OrderPartiallyFilled} does not. A refused
 * event changes nothing. Invariant: {@code filledQuantity + leavesQuantity == quantity}, also after
 * a cancel or expiry (leaves is "not filled", {@link #isOpen()} says whether it still works).
 *
 * <p><b>Quote-quantity orders</b> ({@link SubmitOrder#isQuoteQuantity()}) have no base quantity
 * until the venue sizes them, so {@link #quantity()}, {@link #filledQuantity()} and {@link
 * #leavesQuantity()} are empty until then: even the zero "filled so far" would need the
 * instrument's size scale, which the command does not carry. The venue sizes such an order once and
 * fills it completely with one {@link OrderFilled} (or cancels it), so the order accepts no {@link
 * OrderPartiallyFilled}; the fill fixes the quantity, and its notional ({@code lastPrice ×
 * lastQuantity}) must not exceed the quote quantity. The invariant above holds whenever the three
 * quantities are known, and they are known together: for a base-quantity order always, for a
 * quote-quantity order once it is filled.
 */
public final class Order {

    private final SubmitOrder command;
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<OrderEvent> eventsView = Collections.unmodifiableList(events);
    private final Set<TradeId> tradeIds = new HashSet<>();
    // Insertion order keeps iteration deterministic: fees in BNB and USDT stay in arrival order.
    private final Map<Currency, Money> commissions = new LinkedHashMap<>();
    private final Map<Currency, Money> commissionsView = Collections.unmodifiableMap(commissions);

    private OrderStatus status = OrderStatus.INITIALIZED;
    // Both null while a quote-quantity order is unsized; set together by its single fill.
    private Quantity quantity;
    private Quantity filledQuantity;
    private BigDecimal filledNotional = BigDecimal.ZERO;
    private int fillPriceScale = -1;
    private VenueOrderId venueOrderId;
    private long lastEventTimestampNanos;

    /** A new order in status {@link OrderStatus#INITIALIZED}. */
    public Order(SubmitOrder command) {
        if (command == null) {
            throw new IllegalArgumentException("an order needs its SubmitOrder command");
        }
        this.command = command;
        if (!command.isQuoteQuantity()) {
            this.quantity = command.quantity();
            this.filledQuantity = Quantity.zero(quantity.scale());
        }
        this.lastEventTimestampNanos = command.timestampNanos();
    }

    /**
     * Folds {@code event} into this order, or refuses it and changes nothing.
     *
     * @throws IllegalArgumentException if the event is for another order or instrument, or does not
     *     match the order's shape: other side or quantity scale, another price scale than earlier
     *     fills or the order's limit (or trigger) price, another venue order id than already known,
     *     a trade id already applied
     * @throws IllegalOrderTransitionException if the status transition is not in the table, or a
     *     fill exceeds the leaves quantity, or an {@code OrderFilled} does not complete the order, or
     *     an {@code OrderPartiallyFilled} does; for a quote-quantity order, if the fill is partial or
     *     its notional exceeds the quote quantity
     */
    public void apply(OrderEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("cannot apply a null event to order " + clientOrderId());
        }
        if (!event.clientOrderId().equals(clientOrderId())
                || !event.instrumentId().equals(instrumentId())) {
            throw new IllegalArgumentException("event for order " + event.clientOrderId() + " on "
                    + event.instrumentId() + " cannot be applied to order " + clientOrderId() + " on " + instrumentId()
                    + ": " + event);
        }
        OrderStatus next = event.resultingStatus();
        if (!status.canTransitionTo(next)) {
            throw new IllegalOrderTransitionException(
                    clientOrderId(), status, event, status + " -> " + next + " is not an allowed transition");
        }
        switch (event) {
            case OrderAccepted accepted -> {
                requireVenueOrderId(accepted.venueOrderId(), event);
                venueOrderId = accepted.venueOrderId();
            }
            case OrderFillEvent fill -> applyFill(fill);
            case OrderSubmitted submitted -> {}
            case OrderRejected rejected -> {}
            case OrderCanceled canceled -> {}
            case OrderExpired expired -> {}
        }
        status = next;
        events.add(event);
        lastEventTimestampNanos = event.timestampNanos();
    }

    /** Whether a fill with this trade id has been applied; lets adapters drop a fill reported twice. */
    public boolean hasFill(TradeId tradeId) {
        return tradeIds.contains(tradeId);
    }

    public SubmitOrder command() {
        return command;
    }

    public ClientOrderId clientOrderId() {
        return command.clientOrderId();
    }

    public InstrumentId instrumentId() {
        return command.instrumentId();
    }

    public OrderSide side() {
        return command.side();
    }

    public OrderType type() {
        return command.type();
    }

    public TimeInForce timeInForce() {
        return command.timeInForce();
    }

    public String strategyId() {
        return command.strategyId();
    }

    /**
     * The base quantity: the command's, or for a quote-quantity order the quantity of its fill; empty
     * while a quote-quantity order is unsized (and forever if it is canceled or rejected unfilled).
     */
    public Optional<Quantity> quantity() {
        return Optional.ofNullable(quantity);
    }

    /** The quote currency amount the order is sized by; empty for a base-quantity order. */
    public Optional<Money> quoteQuantity() {
        return Optional.ofNullable(command.quoteQuantity());
    }

    /** Whether the venue decides the base quantity at fill time ({@link SubmitOrder#isQuoteQuantity()}). */
    public boolean isQuoteQuantity() {
        return command.isQuoteQuantity();
    }

    /** Whether the base quantity is known: always for base-quantity orders, after the fill for quote ones. */
    public boolean isSized() {
        return quantity != null;
    }

    public Optional<Price> limitPrice() {
        return Optional.ofNullable(command.limitPrice());
    }

    public Optional<Price> triggerPrice() {
        return Optional.ofNullable(command.triggerPrice());
    }

    public OrderStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    /** Base quantity filled so far; empty while the order is unsized (see {@link #quantity()}). */
    public Optional<Quantity> filledQuantity() {
        return Optional.ofNullable(filledQuantity);
    }

    /** {@code quantity - filledQuantity}; empty while the order is unsized (see {@link #quantity()}). */
    public Optional<Quantity> leavesQuantity() {
        return quantity == null ? Optional.empty() : Optional.of(quantity.subtract(filledQuantity));
    }

    /** Known from the acknowledgement or the first fill, whichever came first. */
    public Optional<VenueOrderId> venueOrderId() {
        return Optional.ofNullable(venueOrderId);
    }

    /** The exact sum of {@code lastPrice × lastQuantity} over all fills; zero before the first. */
    public BigDecimal filledNotional() {
        return filledNotional;
    }

    /**
     * The volume-weighted average fill price, rounded half-even to the fills' price scale (what
     * venues report as the average price); empty before the first fill. For exact accounting use
     * {@link #filledNotional()} and {@link #filledQuantity()}.
     */
    public Optional<Price> averageFillPrice() {
        if (filledQuantity == null || filledQuantity.isZero()) {
            return Optional.empty();
        }
        BigDecimal average =
                filledNotional.divide(filledQuantity.toBigDecimal(), fillPriceScale, RoundingMode.HALF_EVEN);
        return Optional.of(Price.of(average, fillPriceScale));
    }

    /** Commission paid per currency, in the order the currencies first appeared; an unmodifiable view. */
    public Map<Currency, Money> commissions() {
        return commissionsView;
    }

    /** Commission paid in {@code currency}; zero if none. */
    public Money commission(Currency currency) {
        return commissions.getOrDefault(currency, Money.zero(currency));
    }

    /** Every applied event in order; an unmodifiable view. */
    public List<OrderEvent> events() {
        return eventsView;
    }

    /** When the order was created (the command's time). */
    public long createdTimestampNanos() {
        return command.timestampNanos();
    }

    /** The time of the last applied event, or the creation time before any. */
    public long lastEventTimestampNanos() {
        return lastEventTimestampNanos;
    }

    @Override
    public String toString() {
        String size = isQuoteQuantity()
                ? "for " + command.quoteQuantity() + (quantity == null ? "" : " (" + quantity + ")")
                : quantity.toString();
        return "Order[" + clientOrderId() + " " + side() + " " + size + " " + instrumentId() + " " + type()
                + limitPrice().map(price -> " @ " + price).orElse("")
                + triggerPrice().map(price -> " trigger " + price).orElse("") + " " + timeInForce() + ", " + status
                + ", filled " + (filledQuantity == null ? "nothing" : filledQuantity) + "]";
    }

    /** Checks everything first and only then mutates, so a refused fill leaves the order untouched. */
    private void applyFill(OrderFillEvent fill) {
        if (fill.side() != side()) {
            throw new IllegalArgumentException("fill " + fill.tradeId() + " is a " + fill.side() + " but order "
                    + clientOrderId() + " is a " + side());
        }
        if (quantity != null && fill.lastQuantity().scale() != quantity.scale()) {
            throw new IllegalArgumentException("fill " + fill.tradeId() + " quantity " + fill.lastQuantity()
                    + " does not have the scale of order " + clientOrderId() + " quantity " + quantity);
        }
        int expectedPriceScale = fillPriceScale >= 0
                ? fillPriceScale
                : limitPrice()
                        .or(this::triggerPrice)
                        .map(Price::scale)
                        .orElse(fill.lastPrice().scale());
        if (fill.lastPrice().scale() != expectedPriceScale) {
            throw new IllegalArgumentException("fill " + fill.tradeId() + " price " + fill.lastPrice()
                    + " does not have the price scale " + expectedPriceScale + " of order " + clientOrderId());
        }
        requireVenueOrderId(fill.venueOrderId(), fill);
        if (tradeIds.contains(fill.tradeId())) {
            throw new IllegalArgumentException(
                    "fill " + fill.tradeId() + " has already been applied to order " + clientOrderId());
        }
        BigDecimal notional =
                fill.lastPrice().toBigDecimal().multiply(fill.lastQuantity().toBigDecimal());
        if (isQuoteQuantity()) {
            checkQuoteFill(fill, notional);
        } else {
            checkBaseFill(fill);
        }
        Money commission = fill.commission();
        Money newCommission = commissions.containsKey(commission.currency())
                ? commissions.get(commission.currency()).add(commission)
                : commission;

        if (quantity == null) {
            // The single fill of a quote-quantity order sizes it.
            quantity = fill.lastQuantity();
            filledQuantity = Quantity.zero(quantity.scale());
        }
        filledQuantity = filledQuantity.add(fill.lastQuantity());
        filledNotional = filledNotional.add(notional);
        fillPriceScale = expectedPriceScale;
        commissions.put(commission.currency(), newCommission);
        tradeIds.add(fill.tradeId());
        venueOrderId = fill.venueOrderId();
    }

    private void checkBaseFill(OrderFillEvent fill) {
        Quantity leaves = quantity.subtract(filledQuantity);
        if (fill.lastQuantity().isGreaterThan(leaves)) {
            throw new IllegalOrderTransitionException(
                    clientOrderId(),
                    status,
                    fill,
                    "fill of " + fill.lastQuantity() + " exceeds the leaves quantity " + leaves);
        }
        boolean completes = fill.lastQuantity().equals(leaves);
        if (fill instanceof OrderFilled && !completes) {
            throw new IllegalOrderTransitionException(
                    clientOrderId(),
                    status,
                    fill,
                    "OrderFilled of " + fill.lastQuantity() + " does not complete the leaves quantity " + leaves);
        }
        if (fill instanceof OrderPartiallyFilled && completes) {
            throw new IllegalOrderTransitionException(
                    clientOrderId(),
                    status,
                    fill,
                    "OrderPartiallyFilled of " + fill.lastQuantity()
                            + " completes the order; the venue should report OrderFilled");
        }
    }

    private void checkQuoteFill(OrderFillEvent fill, BigDecimal notional) {
        if (fill instanceof OrderPartiallyFilled) {
            throw new IllegalOrderTransitionException(
                    clientOrderId(),
                    status,
                    fill,
                    "a quote-quantity order is completed by one OrderFilled; the venue never fills it partially");
        }
        BigDecimal quoteQuantity = command.quoteQuantity().toBigDecimal();
        if (notional.compareTo(quoteQuantity) > 0) {
            throw new IllegalOrderTransitionException(
                    clientOrderId(),
                    status,
                    fill,
                    "fill notional " + notional.toPlainString() + " exceeds the quote quantity "
                            + command.quoteQuantity());
        }
    }

    private void requireVenueOrderId(VenueOrderId reported, OrderEvent event) {
        if (venueOrderId != null && !venueOrderId.equals(reported)) {
            throw new IllegalArgumentException("order " + clientOrderId() + " is known at the venue as " + venueOrderId
                    + " but the event says " + reported + ": " + event);
        }
    }
}
