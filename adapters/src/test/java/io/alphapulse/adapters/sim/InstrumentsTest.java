package io.alphapulse.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentsTest {

    @Test
    void defaults_listTheFourSimInstrumentsWithTheirGrids() {
        List<Instrument> instruments = Instruments.defaults();

        assertThat(instruments)
                .extracting(instrument -> instrument.id().toString())
                .containsExactly("sim:BTC-USDT", "sim:ETH-USDT", "sim:SOL-USDT", "sim:AAPL");
        assertThat(instruments)
                .extracting(Instrument::priceIncrement)
                .containsExactly(Price.parse("0.01"), Price.parse("0.01"), Price.parse("0.001"), Price.parse("0.01"));
        assertThat(instruments)
                .extracting(Instrument::sizeIncrement)
                .containsExactly(
                        Quantity.parse("0.00001"),
                        Quantity.parse("0.0001"),
                        Quantity.parse("0.01"),
                        Quantity.parse("0.0001"));
        assertThat(instruments)
                .extracting(Instrument::quoteCurrency)
                .containsExactly(Currency.USDT, Currency.USDT, Currency.USDT, Currency.USD);
        assertThat(instruments)
                .allSatisfy(instrument ->
                        assertThat(instrument.minNotional().toBigDecimal()).isEqualByComparingTo("5"));
    }

    @Test
    void defaultProfiles_startOnTheTick_withRealisticVolatilities() {
        assertThat(Instruments.defaultProfiles()).allSatisfy(profile -> {
            Instrument instrument = profile.instrument();
            Price start = instrument.roundPriceToTick(profile.startPrice(), RoundingMode.UNNECESSARY);
            assertThat(instrument.isOnTick(start)).isTrue();
            assertThat(profile.annualVolatility()).isBetween(0.1, 1.5);
        });
        assertThat(Instruments.defaultProfiles())
                .extracting(SyntheticProfile::annualVolatility)
                .containsExactly(0.60, 0.75, 1.00, 0.25);
    }
}
