package io.alphapulse.engine.orders;

import static io.alphapulse.engine.orders.OrderFixtures.accepted;
import static io.alphapulse.engine.orders.OrderFixtures.canceled;
import static io.alphapulse.engine.orders.OrderFixtures.expired;
import static io.alphapulse.engine.orders.OrderFixtures.filled;
import static io.alphapulse.engine.orders.OrderFixtures.orderWith;
import static io.alphapulse.engine.orders.OrderFixtures.partial;
import static io.alphapulse.engine.orders.OrderFixtures.px;
import static io.alphapulse.engine.orders.OrderFixtures.qty;
import static io.alphapulse.engine.orders.OrderFixtures.quoteOrderWith;
import static io.alphapulse.engine.orders.OrderFixtures.rejected;
import static io.alphapulse.engine.orders.OrderFixtures.submitted;
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

import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (status, event) pair against the transition table, written out here independently of the
 * production code: 8 statuses × 7 events, for a base-quantity order and for a quote-quantity order
 * (which follows the same table but is never partially filled).
 */
class OrderTransitionTableTest {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            INITIALIZED, EnumSet.of(SUBMITTED, REJECTED),
            SUBMITTED, EnumSet.of(ACCEPTED, REJECTED, PARTIALLY_FILLED, FILLED, CANCELED),
            ACCEPTED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED),
            PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED),
            FILLED, EnumSet.noneOf(OrderStatus.class),
            CANCELED, EnumSet.noneOf(OrderStatus.class),
            EXPIRED, EnumSet.noneOf(OrderStatus.class),
            REJECTED, EnumSet.noneOf(OrderStatus.class));

    /** An order brought to {@code status} along a realistic path. */
    private static Order orderIn(OrderStatus status) {
        return switch (status) {
            case INITIALIZED -> orderWith();
            case SUBMITTED -> orderWith(submitted());
            case ACCEPTED -> orderWith(submitted(), accepted());
            case PARTIALLY_FILLED -> orderWith(submitted(), accepted(), partial("T-0", qty("3"), px("100")));
            case FILLED -> orderWith(submitted(), accepted(), filled("T-0", qty("10"), px("100")));
            case CANCELED -> orderWith(submitted(), accepted(), canceled());
            case EXPIRED -> orderWith(submitted(), accepted(), expired());
            case REJECTED -> orderWith(rejected());
        };
    }

    /** The event that leads to {@code target}, with fill quantities that fit the order's leaves. */
    private static final Map<OrderStatus, Function<Order, OrderEvent>> EVENT_TO = Map.of(
            SUBMITTED,
            order -> submitted(),
            ACCEPTED,
            order -> accepted(),
            REJECTED,
            order -> rejected(),
            PARTIALLY_FILLED,
            order -> partial("T-1", qty("1"), px("99.5")),
            FILLED,
            order -> filled(
                    "T-1", order.leavesQuantity().filter(Quantity::isPositive).orElse(qty("1")), px("99.5")),
            CANCELED,
            order -> canceled(),
            EXPIRED,
            order -> expired());

    static Stream<Arguments> everyStatusAndEvent() {
        List<Arguments> cases = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus target : EVENT_TO.keySet().stream().sorted().toList()) {
                cases.add(Arguments.of(from, target, ALLOWED.get(from).contains(target)));
            }
        }
        return cases.stream();
    }

    /** A quote-quantity order brought to {@code status}; it has no partially filled state. */
    private static Order quoteOrderIn(OrderStatus status) {
        return switch (status) {
            case INITIALIZED -> quoteOrderWith();
            case SUBMITTED -> quoteOrderWith(submitted());
            case ACCEPTED -> quoteOrderWith(submitted(), accepted());
            case PARTIALLY_FILLED -> throw new IllegalArgumentException("a quote-quantity order is never " + status);
            case FILLED -> quoteOrderWith(submitted(), accepted(), filled("T-0", qty("9.5"), px("100")));
            case CANCELED -> quoteOrderWith(submitted(), accepted(), canceled());
            case EXPIRED -> quoteOrderWith(submitted(), accepted(), expired());
            case REJECTED -> quoteOrderWith(rejected());
        };
    }

    static Stream<Arguments> everyQuoteStatusAndEvent() {
        List<Arguments> cases = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            if (from == PARTIALLY_FILLED) {
                continue;
            }
            for (OrderStatus target : EVENT_TO.keySet().stream().sorted().toList()) {
                boolean allowed = ALLOWED.get(from).contains(target) && target != PARTIALLY_FILLED;
                cases.add(Arguments.of(from, target, allowed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + event to {1} allowed={2}")
    @MethodSource("everyStatusAndEvent")
    void apply_eachStatusAndEvent_followsTheTransitionTable(OrderStatus from, OrderStatus target, boolean allowed) {
        checkTransition(orderIn(from), from, target, allowed);
        assertThat(from.canTransitionTo(target)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "quote order {0} + event to {1} allowed={2}")
    @MethodSource("everyQuoteStatusAndEvent")
    void apply_quoteOrder_followsTheTransitionTableWithoutPartialFills(
            OrderStatus from, OrderStatus target, boolean allowed) {
        checkTransition(quoteOrderIn(from), from, target, allowed);
    }

    private static void checkTransition(Order order, OrderStatus from, OrderStatus target, boolean allowed) {
        assertThat(order.status()).isEqualTo(from);
        OrderEvent event = EVENT_TO.get(target).apply(order);
        int eventsBefore = order.events().size();
        var filledBefore = order.filledQuantity();

        if (allowed) {
            order.apply(event);
            assertThat(order.status()).isEqualTo(target);
            assertThat(order.events()).hasSize(eventsBefore + 1).last().isEqualTo(event);
        } else {
            assertThatThrownBy(() -> order.apply(event))
                    .isInstanceOfSatisfying(IllegalOrderTransitionException.class, refused -> {
                        assertThat(refused.clientOrderId()).isEqualTo(OrderFixtures.ORDER_ID);
                        assertThat(refused.fromStatus()).isEqualTo(from);
                        assertThat(refused.event()).isEqualTo(event);
                    })
                    .hasMessageContaining("O-1")
                    .hasMessageContaining(from.name())
                    .hasMessageContaining(event.getClass().getSimpleName());
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.events()).hasSize(eventsBefore);
            assertThat(order.filledQuantity()).isEqualTo(filledBefore);
        }
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void openAndTerminal_partitionTheLiveStatuses(OrderStatus status) {
        assertThat(status.isTerminal()).isEqualTo(ALLOWED.get(status).isEmpty());
        assertThat(status.isOpen()).isEqualTo(status == SUBMITTED || status == ACCEPTED || status == PARTIALLY_FILLED);
        assertThat(status.isOpen() && status.isTerminal()).isFalse();
    }

    static Stream<OrderStatus> statuses() {
        return Stream.of(OrderStatus.values());
    }
}
