package io.alphapulse.engine.orders;

import static io.alphapulse.engine.orders.OrderFixtures.BTC;
import static io.alphapulse.engine.orders.OrderFixtures.ORDER_ID;
import static io.alphapulse.engine.orders.OrderFixtures.T0;
import static io.alphapulse.engine.orders.OrderFixtures.VENUE_ID;
import static io.alphapulse.engine.orders.OrderStatus.ACCEPTED;
import static io.alphapulse.engine.orders.OrderStatus.CANCELED;
import static io.alphapulse.engine.orders.OrderStatus.EXPIRED;
import static io.alphapulse.engine.orders.OrderStatus.FILLED;
import static io.alphapulse.engine.orders.OrderStatus.INITIALIZED;
import static io.alphapulse.engine.orders.OrderStatus.PARTIALLY_FILLED;
import static io.alphapulse.engine.orders.OrderStatus.REJECTED;
import static io.alphapulse.engine.orders.OrderStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

/**
 * Random event sequences, valid and invalid, against the order's invariants, for orders sized by base
 * quantity and by quote quantity.
 */
class OrderPropertiesTest {

    /** Written out independently of {@link OrderStatus#canTransitionTo}. */
    private static final Map<OrderStatus, Set<OrderStatus>> TABLE = Map.of(
            INITIALIZED, EnumSet.of(SUBMITTED, REJECTED),
            SUBMITTED, EnumSet.of(ACCEPTED, REJECTED, PARTIALLY_FILLED, FILLED, CANCELED),
            ACCEPTED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED),
            PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED),
            FILLED, EnumSet.noneOf(OrderStatus.class),
            CANCELED, EnumSet.noneOf(OrderStatus.class),
            EXPIRED, EnumSet.noneOf(OrderStatus.class),
            REJECTED, EnumSet.noneOf(OrderStatus.class));

    enum Kind {
        SUBMITTED,
        ACCEPTED,
        REJECTED,
        PARTIALLY_FILLED,
        FILLED,
        CANCELED,
        EXPIRED
    }

    /** How a fill's quantity relates to the leaves at the moment it is applied. */
    enum Size {
        ALL_LEAVES,
        BELOW_LEAVES,
        ANY
    }

    record Step(Kind kind, Size size, long anyRaw, long priceRaw) {}

    /** Everything observable about an order, to check that a refused event changed nothing. */
    record State(
            OrderStatus status,
            Optional<Quantity> quantity,
            Optional<Quantity> filled,
            Optional<Quantity> leaves,
            int events,
            Optional<VenueOrderId> venueOrderId,
            BigDecimal notional,
            Map<Currency, Money> commissions) {

        static State of(Order order) {
            return new State(
                    order.status(),
                    order.quantity(),
                    order.filledQuantity(),
                    order.leavesQuantity(),
                    order.events().size(),
                    order.venueOrderId(),
                    order.filledNotional(),
                    Map.copyOf(order.commissions()));
        }
    }

    /** A market buy of {@code sizeRaw} at quantity scale 3, or for {@code sizeRaw} USDT cents. */
    private static SubmitOrder marketBuy(boolean quote, long sizeRaw) {
        return quote
                ? SubmitOrder.marketQuote(
                        ORDER_ID,
                        BTC,
                        OrderSide.BUY,
                        Money.of("0.01", Currency.USDT).multiply(sizeRaw),
                        "p",
                        T0)
                : SubmitOrder.market(ORDER_ID, BTC, OrderSide.BUY, new Quantity(sizeRaw, 3), "p", T0);
    }

    @Property(tries = 1000)
    void randomEventSequences_keepTheOrderConsistent(
            @ForAll boolean quote,
            @ForAll @LongRange(min = 1, max = 50_000) long sizeRaw,
            @ForAll("steps") List<Step> steps) {
        Order order = new Order(marketBuy(quote, sizeRaw));
        int tradeNumber = 0;
        for (Step step : steps) {
            OrderEvent event = eventFor(step, order, "T-" + tradeNumber++);
            if (event == null) {
                continue;
            }
            State before = State.of(order);
            boolean applied;
            try {
                order.apply(event);
                applied = true;
            } catch (IllegalOrderTransitionException | IllegalArgumentException refused) {
                applied = false;
            }
            State after = State.of(order);
            if (applied) {
                assertThat(TABLE.get(before.status())).contains(after.status());
                assertThat(after.status()).isEqualTo(event.resultingStatus());
                assertThat(after.events()).isEqualTo(before.events() + 1);
            } else {
                assertThat(after).isEqualTo(before);
            }
            if (before.status().isTerminal()) {
                assertThat(applied)
                        .as("terminal %s absorbed %s", before.status(), event)
                        .isFalse();
            }
            checkQuantities(order);
        }
    }

    private static void checkQuantities(Order order) {
        assertThat(order.filledQuantity().isPresent())
                .isEqualTo(order.quantity().isPresent())
                .isEqualTo(order.leavesQuantity().isPresent())
                .isEqualTo(order.isSized());
        order.quantity().ifPresent(quantity -> assertThat(order.filledQuantity()
                        .orElseThrow()
                        .add(order.leavesQuantity().orElseThrow()))
                .isEqualTo(quantity));
        assertThat(order.status() == FILLED)
                .isEqualTo(order.leavesQuantity().map(Quantity::isZero).orElse(false));
        if (order.isQuoteQuantity()) {
            assertThat(order.status()).isNotEqualTo(PARTIALLY_FILLED);
            assertThat(order.isSized()).isEqualTo(order.status() == FILLED);
            assertThat(order.filledNotional())
                    .isLessThanOrEqualTo(order.quoteQuantity().orElseThrow().toBigDecimal());
        } else {
            assertThat(order.isSized()).isTrue();
        }
    }

    @Property(tries = 300)
    void replayingTheEventHistory_rebuildsTheSameOrder(
            @ForAll boolean quote,
            @ForAll @LongRange(min = 1, max = 50_000) long sizeRaw,
            @ForAll("steps") List<Step> steps) {
        SubmitOrder command = marketBuy(quote, sizeRaw);
        Order order = new Order(command);
        int tradeNumber = 0;
        for (Step step : steps) {
            OrderEvent event = eventFor(step, order, "T-" + tradeNumber++);
            if (event != null) {
                try {
                    order.apply(event);
                } catch (IllegalOrderTransitionException | IllegalArgumentException refused) {
                    // refused events are not part of the history
                }
            }
        }
        Order replayed = new Order(command);
        order.events().forEach(replayed::apply);
        assertThat(State.of(replayed)).isEqualTo(State.of(order));
        assertThat(replayed.averageFillPrice()).isEqualTo(order.averageFillPrice());
    }

    @Property(tries = 200)
    void terminalOrders_absorbNothing(@ForAll boolean quote, @ForAll("steps") List<Step> steps) {
        Order order = new Order(marketBuy(quote, 10));
        order.apply(new OrderRejected(ORDER_ID, BTC, "risk", T0));
        int tradeNumber = 0;
        for (Step step : steps) {
            OrderEvent event = eventFor(step, order, "T-" + tradeNumber++);
            if (event != null) {
                assertThatThrownBy(() -> order.apply(event)).isInstanceOf(IllegalOrderTransitionException.class);
            }
        }
        assertThat(order.events()).hasSize(1);
    }

    /**
     * The event a step describes, sized against the order's current leaves (an arbitrary size while a
     * quote-quantity order is unsized); null if no valid size exists.
     */
    private static OrderEvent eventFor(Step step, Order order, String tradeId) {
        long leaves = order.leavesQuantity().map(Quantity::raw).orElse(step.anyRaw());
        long fillRaw =
                switch (step.size()) {
                    case ALL_LEAVES -> leaves;
                    case BELOW_LEAVES -> leaves > 1 ? 1 + Math.floorMod(step.anyRaw(), leaves - 1) : 0;
                    case ANY -> step.anyRaw();
                };
        long timestamp = T0 + 1;
        Price price = new Price(step.priceRaw(), 2);
        Money commission = Money.of("0.01", Currency.USDT);
        return switch (step.kind()) {
            case SUBMITTED -> new OrderSubmitted(ORDER_ID, BTC, timestamp);
            case ACCEPTED -> new OrderAccepted(ORDER_ID, BTC, VENUE_ID, timestamp);
            case REJECTED -> new OrderRejected(ORDER_ID, BTC, "refused", timestamp);
            case CANCELED -> new OrderCanceled(ORDER_ID, BTC, timestamp);
            case EXPIRED -> new OrderExpired(ORDER_ID, BTC, timestamp);
            case PARTIALLY_FILLED ->
                fillRaw <= 0
                        ? null
                        : new OrderPartiallyFilled(
                                ORDER_ID,
                                BTC,
                                VENUE_ID,
                                new TradeId(tradeId),
                                OrderSide.BUY,
                                new Quantity(fillRaw, 3),
                                price,
                                commission,
                                LiquiditySide.MAKER,
                                timestamp);
            case FILLED ->
                fillRaw <= 0
                        ? null
                        : new OrderFilled(
                                ORDER_ID,
                                BTC,
                                VENUE_ID,
                                new TradeId(tradeId),
                                OrderSide.BUY,
                                new Quantity(fillRaw, 3),
                                price,
                                commission,
                                LiquiditySide.TAKER,
                                timestamp);
        };
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Kind.SUBMITTED)),
                Tuple.of(3, Arbitraries.just(Kind.ACCEPTED)),
                Tuple.of(1, Arbitraries.just(Kind.REJECTED)),
                Tuple.of(6, Arbitraries.just(Kind.PARTIALLY_FILLED)),
                Tuple.of(3, Arbitraries.just(Kind.FILLED)),
                Tuple.of(1, Arbitraries.just(Kind.CANCELED)),
                Tuple.of(1, Arbitraries.just(Kind.EXPIRED)));
        Arbitrary<Size> sizes = Arbitraries.of(Size.class);
        Arbitrary<Long> anyRaw = Arbitraries.longs().between(1, 60_000);
        Arbitrary<Long> prices = Arbitraries.longs().between(9_000, 11_000);
        return Combinators.combine(kinds, sizes, anyRaw, prices)
                .as(Step::new)
                .list()
                .ofMaxSize(30)
                .map(ArrayList::new);
    }
}
