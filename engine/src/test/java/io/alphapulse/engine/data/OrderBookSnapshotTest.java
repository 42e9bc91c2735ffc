package io.alphapulse.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookSnapshotTest {

    private static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");

    private static BookLevel level(String price, String size) {
        return new BookLevel(Price.of(price, 2), Quantity.of(size, 3));
    }

    @Test
    void snapshot_copiesItsLists() {
        List<BookLevel> bids = new ArrayList<>(List.of(level("100", "1"), level("99", "2")));
        OrderBookSnapshot snapshot = new OrderBookSnapshot(BTC, bids, List.of(level("101", "1")), 7, 1);
        bids.clear();
        assertThat(snapshot.bids()).hasSize(2);
        assertThatThrownBy(() -> snapshot.bids().add(level("98", "1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bidsNotDescending_isRefused() {
        assertThatThrownBy(
                        () -> new OrderBookSnapshot(BTC, List.of(level("99", "1"), level("100", "1")), List.of(), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bids must be strictly descending")
                .hasMessageContaining("100.00 follows 99.00");
    }

    @Test
    void asksNotAscending_orDuplicated_isRefused() {
        assertThatThrownBy(() ->
                        new OrderBookSnapshot(BTC, List.of(), List.of(level("101", "1"), level("101", "2")), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asks must be strictly ascending");
    }

    @Test
    void mixedScales_areRefused() {
        BookLevel otherScale = new BookLevel(Price.of("101", 3), Quantity.of("1", 3));
        assertThatThrownBy(() -> new OrderBookSnapshot(BTC, List.of(level("100", "1")), List.of(otherScale), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes scales");
    }

    @Test
    void negativeSequence_isRefused() {
        assertThatThrownBy(() -> OrderBookSnapshot.empty(BTC, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crossedSnapshot_isAccepted() {
        OrderBookSnapshot crossed =
                new OrderBookSnapshot(BTC, List.of(level("101", "1")), List.of(level("100", "1")), 1, 1);
        assertThat(crossed.bids()).hasSize(1);
    }
}
