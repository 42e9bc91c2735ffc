package io.alphapulse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderSideTest {

    @Test
    void opposite_swapsTheSides() {
        assertThat(OrderSide.BUY.opposite()).isEqualTo(OrderSide.SELL);
        assertThat(OrderSide.SELL.opposite()).isEqualTo(OrderSide.BUY);
    }

    @Test
    void sign_isPlusForBuyAndMinusForSell() {
        assertThat(OrderSide.BUY.sign()).isEqualTo(1);
        assertThat(OrderSide.SELL.sign()).isEqualTo(-1);
    }
}
