package io.alphapulse.infra.store.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.db.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the instrument store must do, on SQLite and on PostgreSQL alike. */
abstract class InstrumentRepositoryContract {

    private static final InstrumentId BTC = new InstrumentId("BTC-USDT", "sim");

    protected TestDatabase store;
    private InstrumentRepository instruments;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        instruments = new InstrumentRepository(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void find_ofAStoredInstrument_returnsAnEqualOne_withItsScales() throws SQLException {
        Instrument btc = Instrument.of(BTC, Currency.BTC, Currency.USDT, "0.01", "0.00001", "5");

        instruments.upsert(btc);

        assertThat(instruments.find(BTC)).contains(btc);
    }

    @Test
    void upsert_ofTheSameId_replacesTheInstrument() throws SQLException {
        instruments.upsert(Instrument.of(BTC, Currency.BTC, Currency.USDT, "0.01", "0.00001", "5"));
        Instrument finer = Instrument.of(BTC, Currency.BTC, Currency.USDT, "0.001", "0.00000001", "10");

        instruments.upsert(finer);

        assertThat(instruments.find(BTC)).contains(finer);
    }

    @Test
    void find_ofAnUnknownId_isEmpty() throws SQLException {
        assertThat(instruments.find(new InstrumentId("NOPE", "sim"))).isEmpty();
    }

    @Test
    void find_readsAnUnknownCurrency_withEightDecimals() throws SQLException {
        Currency pepe = new Currency("PEPE", 8);
        Instrument instrument =
                Instrument.of(new InstrumentId("PEPE-USDT", "sim"), pepe, Currency.USDT, "0.00000001", "1", "0");

        instruments.upsert(instrument);

        assertThat(instruments.find(instrument.id())).contains(instrument);
    }
}
