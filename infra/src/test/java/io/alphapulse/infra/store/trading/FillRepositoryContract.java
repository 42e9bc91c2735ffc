package io.alphapulse.infra.store.trading;

import static io.alphapulse.infra.store.trading.Fixtures.BTC;
import static io.alphapulse.infra.store.trading.Fixtures.T0;
import static io.alphapulse.infra.store.trading.Fixtures.VENUE_ORDER;
import static io.alphapulse.infra.store.trading.Fixtures.finalFill;
import static io.alphapulse.infra.store.trading.Fixtures.partialFill;
import static io.alphapulse.infra.store.trading.Fixtures.price;
import static io.alphapulse.infra.store.trading.Fixtures.quantity;
import static io.alphapulse.infra.store.trading.Fixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.orders.ClientOrderId;
import io.alphapulse.engine.orders.LiquiditySide;
import io.alphapulse.engine.orders.OrderFilled;
import io.alphapulse.engine.orders.TradeId;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the fill store must do, on SQLite and on PostgreSQL alike. */
abstract class FillRepositoryContract extends StoreContract {

    private FillRepository fills;

    @BeforeEach
    void createRepository() {
        fills = new FillRepository(database);
    }

    @Test
    void record_storesTheFillExactly() throws SQLException {
        assertThat(fills.record(finalFill("A-1", "T-1", "0.12345678", "65000.25")))
                .isEqualTo(FillRecording.STORED);

        StoredFill stored = fills.fillsOf(new ClientOrderId("A-1")).getFirst();
        assertThat(stored.tradeId()).isEqualTo(new TradeId("T-1"));
        assertThat(stored.venueOrderId()).isEqualTo(VENUE_ORDER);
        assertThat(stored.instrumentId()).isEqualTo(BTC);
        assertThat(stored.side()).isEqualTo(OrderSide.BUY);
        assertThat(stored.quantity()).isEqualTo(quantity("0.12345678"));
        assertThat(stored.price()).isEqualTo(price("65000.25"));
        assertThat(stored.commission()).isEqualTo(usdt("0.02"));
        assertThat(stored.liquiditySide()).isEqualTo(LiquiditySide.TAKER);
        assertThat(stored.completesOrder()).isTrue();
        assertThat(stored.executedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void record_theSameFillDeliveredTwice_storesOneRow_andReportsTheDuplicate() throws SQLException {
        OrderFilled fill = finalFill("A-1", "T-1", "0.5", "100.00");

        assertThat(fills.record(fill)).isEqualTo(FillRecording.STORED);
        assertThat(fills.record(fill)).isEqualTo(FillRecording.DUPLICATE);

        assertThat(fills.fillsOf(new ClientOrderId("A-1"))).hasSize(1);
    }

    @Test
    void record_aDifferentFillWithTheSameTradeIdOnTheSameVenue_isADuplicate() throws SQLException {
        fills.record(partialFill("A-1", "T-1", "0.1", "100.00"));

        assertThat(fills.record(partialFill("A-1", "T-1", "0.2", "101.00"))).isEqualTo(FillRecording.DUPLICATE);

        assertThat(fills.fillsOf(new ClientOrderId("A-1")).getFirst().quantity())
                .isEqualTo(quantity("0.1"));
    }

    @Test
    void record_theSameTradeIdOnAnotherVenue_isAnotherFill() throws SQLException {
        fills.record(finalFill("A-1", "T-1", "0.5", "100.00"));
        OrderFilled elsewhere = new OrderFilled(
                new ClientOrderId("A-1"),
                InstrumentId.parse("binance:BTC-USDT"),
                VENUE_ORDER,
                new TradeId("T-1"),
                OrderSide.BUY,
                quantity("0.5"),
                price("100.00"),
                Money.of("-0.001", new Currency("BNB", 8)),
                LiquiditySide.MAKER,
                Fixtures.nanos(T0));

        assertThat(fills.record(elsewhere)).isEqualTo(FillRecording.STORED);

        assertThat(fills.fillsOf(new ClientOrderId("A-1")))
                .extracting(StoredFill::commission)
                .contains(Money.of("-0.001", new Currency("BNB", 8)));
    }

    @Test
    void fillsOfVenue_areOldestFirst_withTradeIdsInNumericOrder() throws SQLException {
        fills.record(finalFill("A-3", "T-10", "0.3", "100.00"));
        fills.record(finalFill("A-2", "T-9", "0.2", "100.00"));
        fills.record(finalFill("A-1", "T-1", "0.1", "100.00"));

        assertThat(fills.fillsOfVenue(BTC.venue()))
                .extracting(fill -> fill.tradeId().value())
                .containsExactly("T-1", "T-9", "T-10");
        assertThat(fills.fillsOfVenue("binance")).isEmpty();
    }
}
