package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;

/**
 * A data spec that names bars in the store: {@code db:SYMBOL:TIMEFRAME} on the simulated venue
 * ({@code db:BTC-USDT:1m}), or {@code db:VENUE:SYMBOL:TIMEFRAME} ({@code db:binance:BTC-USDT:1h}).
 *
 * @param instrumentId the instrument whose bars to read
 * @param timeframe the bars' timeframe
 */
public record StoreBarSpec(InstrumentId instrumentId, Timeframe timeframe) {

    public static final String PREFIX = "db:";

    /** The venue a spec without one means: backtests trade on the simulated venue. */
    public static final String DEFAULT_VENUE = "sim";

    /** Whether {@code dataSpec} names stored bars. */
    public static boolean matches(String dataSpec) {
        return dataSpec != null && dataSpec.startsWith(PREFIX);
    }

    /**
     * Parses {@code db:[VENUE:]SYMBOL:TIMEFRAME}.
     *
     * @throws MarketDataException naming the spec if it has another shape or an invalid part
     */
    public static StoreBarSpec parse(String dataSpec) {
        if (!matches(dataSpec)) {
            throw new MarketDataException("not a store data spec: '" + dataSpec + "'");
        }
        String[] parts = dataSpec.substring(PREFIX.length()).split(":", -1);
        try {
            return switch (parts.length) {
                case 2 -> new StoreBarSpec(new InstrumentId(parts[0], DEFAULT_VENUE), Timeframe.parse(parts[1]));
                case 3 -> new StoreBarSpec(new InstrumentId(parts[1], parts[0]), Timeframe.parse(parts[2]));
                default ->
                    throw new MarketDataException("store data spec must be db:SYMBOL:TIMEFRAME or"
                            + " db:VENUE:SYMBOL:TIMEFRAME (db:BTC-USDT:1m), was '" + dataSpec + "'");
            };
        } catch (IllegalArgumentException invalid) {
            throw new MarketDataException("invalid store data spec '" + dataSpec + "': " + invalid.getMessage());
        }
    }

    @Override
    public String toString() {
        return PREFIX + instrumentId.venue() + ":" + instrumentId.symbol() + ":" + timeframe;
    }
}
