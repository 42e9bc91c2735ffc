package io.alphapulse.engine.trading;

import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderEvent;
import io.alphapulse.engine.orders.SubmitOrder;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders one strategy has sent, each an {@link Order} state machine fed with the events that come
 * back. An event that breaks the order's rules (a fill beyond its quantity, an event after it ended)
 * throws: that is a venue or adapter bug, and it must surface rather than corrupt the books.
 *
 * <p>Memory is bounded for strategies that run for months: working orders are always kept, finished
 * ones only the newest {@link #FINISHED_KEPT} (the store keeps every order; this is the strategy's
 * working set, not its history).
 */
final class OrderTracker {

    /** Finished orders kept, newest first out last. */
    static final int FINISHED_KEPT = 1_000;

    private final Map<ClientOrderId, Order> orders = new HashMap<>();
    private final ArrayDeque<Order> inOrder = new ArrayDeque<>();
    private int working;

    /** Starts tracking an order about to be sent. */
    void track(SubmitOrder command) {
        Order order = new Order(command);
        if (orders.putIfAbsent(command.clientOrderId(), order) != null) {
            throw new IllegalArgumentException("client order id " + command.clientOrderId() + " used twice");
        }
        inOrder.addLast(order);
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
            forgetOldFinished();
        }
        return true;
    }

    private void forgetOldFinished() {
        while (inOrder.size() - working > FINISHED_KEPT) {
            // The oldest finished order; working ones older than it stay where they are.
            var iterator = inOrder.iterator();
            while (iterator.hasNext()) {
                Order oldest = iterator.next();
                if (oldest.isTerminal()) {
                    iterator.remove();
                    orders.remove(oldest.clientOrderId());
                    break;
                }
            }
        }
    }

    /** Whether an order has been sent and has not reached a final state. */
    boolean hasWorkingOrder() {
        return working > 0;
    }

    /** The orders tracked (every working one and the newest finished ones), in the order they were sent. */
    List<Order> orders() {
        return List.copyOf(inOrder);
    }
}
