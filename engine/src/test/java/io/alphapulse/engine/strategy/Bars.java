package io.alphapulse.engine.strategy;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;

/** Flat bars at given closes, one minute apart. */
final class Bars {
    static final InstrumentId ID = new InstrumentId("BTC-USDT", "sim");

    private Bars() {}

    static Bar close(int index, String close) {
        Price price = Price.of(close, 2);
        long open = index * 60_000_000_000L;
        return new Bar(
                ID,
                Timeframe.ONE_MINUTE,
                open,
                price,
                price,
                price,
                price,
                Quantity.of("1", 0),
                open + 60_000_000_000L);
    }
}
