package io.alphapulse.engine.orders;

import static io.alphapulse.engine.orders.OrderFixtures.BTC;
import static io.alphapulse.engine.orders.OrderFixtures.ORDER_ID;
import static io.alphapulse.engine.orders.OrderFixtures.T0;
import static io.alphapulse.engine.orders.OrderFixtures.VENUE_ID;
import static io.alphapulse.engine.orders.OrderFixtures.accepted;
import static io.alphapulse.engine.orders.OrderFixtures.canceled;
import static io.alphapulse.engine.orders.OrderFixtures.expired;
import static io.alphapulse.engine.orders.OrderFixtures.filled;
import static io.alphapulse.engine.orders.OrderFixtures.partial;
import static io.alphapulse.engine.orders.OrderFixtures.px;
import static io.alphapulse.engine.orders.OrderFixtures.qty;
import static io.alphapulse.engine.orders.OrderFixtures.rejected;
import static io.alphapulse.engine.orders.OrderFixtures.submitted;
import static io.alphapulse.engine.orders.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.OrderSide;
import org.junit.jupiter.api.Test;

class OrderEventTest {

    @Test
    void resultingStatus_mapsEachEventToItsStatus() {
        assertThat(submitted().resultingStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(accepted().resultingStatus()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(rejected().resultingStatus()).isEqualTo(OrderStatus.REJECTED);
        assertThat(partial("T", qty("1"), px("1")).resultingStatus()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(filled("T", qty("1"), px("1")).resultingStatus()).isEqualTo(OrderStatus.FILLED);
        assertThat(canceled().resultingStatus()).isEqualTo(OrderStatus.CANCELED);
        assertThat(expired().resultingStatus()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void fills_shareTheFillEventView() {
        OrderFillEvent fill = partial("T-1", qty("2"), px("100"));
        assertThat(fill.lastQuantity()).isEqualTo(qty("2"));
        assertThat(fill.venueOrderId()).isEqualTo(VENUE_ID);
        assertThat(fill.side()).isEqualTo(OrderSide.BUY);
        assertThat(fill.liquiditySide()).isEqualTo(LiquiditySide.MAKER);
    }

    @Test
    void rejected_withoutReason_isRefused() {
        assertThatThrownBy(() -> new OrderRejected(ORDER_ID, BTC, " ", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void accepted_withoutVenueOrderId_isRefused() {
        assertThatThrownBy(() -> new OrderAccepted(ORDER_ID, BTC, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void events_withoutIds_areRefused() {
        assertThatThrownBy(() -> new OrderSubmitted(null, BTC, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderCanceled(ORDER_ID, null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderExpired(null, null, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fill_withZeroQuantity_isRefused() {
        assertThatThrownBy(() -> filled("T-1", qty("0"), px("100")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.000");
    }

    @Test
    void fill_withoutCommission_isRefused() {
        assertThatThrownBy(() -> new OrderFilled(
                        ORDER_ID,
                        BTC,
                        VENUE_ID,
                        new TradeId("T"),
                        OrderSide.BUY,
                        qty("1"),
                        px("1"),
                        null,
                        LiquiditySide.TAKER,
                        T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commission null");
        assertThat(new OrderFilled(
                                ORDER_ID,
                                BTC,
                                VENUE_ID,
                                new TradeId("T"),
                                OrderSide.BUY,
                                qty("1"),
                                px("1"),
                                usdt("0"),
                                LiquiditySide.TAKER,
                                T0)
                        .commission())
                .isEqualTo(usdt("0"));
    }
}
