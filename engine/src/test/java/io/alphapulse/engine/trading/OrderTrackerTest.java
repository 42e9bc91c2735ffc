package io.alphapulse.engine.trading;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.Order;
import io.alphapulse.engine.orders.OrderRejected;
import io.alphapulse.engine.orders.SubmitOrder;
import org.junit.jupiter.api.Test;

class OrderTrackerTest {

    private static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");

    private static SubmitOrder order(int number) {
        return SubmitOrder.market(
                new ClientOrderId("T-" + number), BTC, OrderSide.BUY, Quantity.parse("1"), "test", number);
    }

    @Test
    void keepsEveryWorkingOrder_andOnlyTheNewestFinishedOnes() {
        OrderTracker tracker = new OrderTracker();
        tracker.track(order(0)); // stays working throughout
        int total = OrderTracker.FINISHED_KEPT + 500;
        for (int number = 1; number <= total; number++) {
            tracker.track(order(number));
            assertThat(tracker.apply(new OrderRejected(new ClientOrderId("T-" + number), BTC, "test", number)))
                    .isTrue();
        }

        assertThat(tracker.orders()).hasSize(OrderTracker.FINISHED_KEPT + 1);
        assertThat(tracker.orders().getFirst().clientOrderId().value()).isEqualTo("T-0");
        assertThat(tracker.orders().get(1).clientOrderId().value()).isEqualTo("T-501");
        assertThat(tracker.orders().getLast().clientOrderId().value()).isEqualTo("T-" + total);
        assertThat(tracker.hasWorkingOrder()).isTrue();
        // A forgotten order's late event is not ours any more; a kept one's still is.
        assertThat(tracker.apply(new OrderRejected(new ClientOrderId("T-1"), BTC, "late", total + 1)))
                .isFalse();
        assertThat(tracker.orders()).extracting(Order::isTerminal).containsOnlyOnce(false);
    }
}
