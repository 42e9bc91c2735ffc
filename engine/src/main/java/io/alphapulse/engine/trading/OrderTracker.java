package io.alphapulse.engine.trading;

import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders one strategy has sent, each an {@link Order} state machine fed with the events that come
 * back. An event that breaks the order's rules (a fill beyond its quantity, an event after it ended)
 * throws: that is a venue or adapter bug, and it must surface rather than corrupt the books.
 */
final class OrderTracker {

    private final Map<ClientOrderId, Order> orders = new HashMap<>();
    private final List<Order> inOrder = new ArrayList<>();
    private int working;

    /** Starts tracking an order about to be sent. */
    void track(SubmitOrder command) {
        Order order = new Order(command);
        if (orders.putIfAbsent(command.clientOrderId(), order) != null) {
            throw new IllegalArgumentException("client order id " + command.clientOrderId() + " used twice");
        }
        inOrder.add(order);
        working++;
    }

    /** Applies an event if it is about one of our orders; returns whether it was. */
    boolean apply(OrderEvent event) {
        Order order = orders.get(event.clientOrderId());
        if (order == null) {
            return false;
        }
        boolean wasOpen = !order.isTerminal();
        order.apply(event);
        if (wasOpen && order.isTerminal()) {
            working--;
        }
        return true;
    }

    /** Whether an order has been sent and has not reached a final state. */
    boolean hasWorkingOrder() {
        return working > 0;
    }

    /** Every order tracked, in the order they were sent. */
    List<Order> orders() {
        return Collections.unmodifiableList(inOrder);
    }
}
