package io.alphapulse.adapters.sim;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import java.math.BigDecimal;
import java.util.List;

/**
 * The instruments the simulated venue {@code sim} lists by default, and the synthetic behaviour of
 * each. Grids follow the large crypto venues (BTC-USDT tick 0.01, lot 0.00001) and a US equity
 * broker for AAPL (fractional shares to 0.0001); prices and volatilities are of a realistic order.
 */
public final class Instruments {

    /** The simulated venue's name. */
    public static final String VENUE = "sim";

    public static final InstrumentId BTC_USDT = new InstrumentId("BTC-USDT", VENUE);
    public static final InstrumentId ETH_USDT = new InstrumentId("ETH-USDT", VENUE);
    public static final InstrumentId SOL_USDT = new InstrumentId("SOL-USDT", VENUE);
    public static final InstrumentId AAPL = new InstrumentId("AAPL", VENUE);

    // AAPL is a share, not a currency the engine knows; its amounts carry 4 decimals like its lot.
    private static final Currency AAPL_SHARES = new Currency("AAPL", 4);

    private Instruments() {}

    /** BTC-USDT, ETH-USDT, SOL-USDT and AAPL on {@code sim}, each with a minimum notional of 5. */
    public static List<Instrument> defaults() {
        return defaultProfiles().stream().map(SyntheticProfile::instrument).toList();
    }

    /** The default instruments with their synthetic price processes, in the order of {@link #defaults()}. */
    public static List<SyntheticProfile> defaultProfiles() {
        return List.of(
                profile(
                        Instrument.of(BTC_USDT, Currency.BTC, Currency.USDT, "0.01", "0.00001", "5"),
                        "65000",
                        0.60,
                        4.0,
                        "0.005",
                        5),
                profile(
                        Instrument.of(ETH_USDT, Currency.ETH, Currency.USDT, "0.01", "0.0001", "5"),
                        "3200",
                        0.75,
                        3.0,
                        "0.1",
                        5),
                profile(
                        Instrument.of(SOL_USDT, Currency.SOL, Currency.USDT, "0.001", "0.01", "5"),
                        "150",
                        1.00,
                        2.0,
                        "2",
                        8),
                profile(
                        Instrument.of(AAPL, AAPL_SHARES, Currency.USD, "0.01", "0.0001", "5"),
                        "190",
                        0.25,
                        1.0,
                        "5",
                        2));
    }

    private static SyntheticProfile profile(
            Instrument instrument,
            String startPrice,
            double volatility,
            double tradesPerSecond,
            String medianTradeSize,
            int maxSpreadTicks) {
        return new SyntheticProfile(
                instrument,
                new BigDecimal(startPrice),
                volatility,
                12.0,
                tradesPerSecond,
                new BigDecimal(medianTradeSize),
                maxSpreadTicks);
    }
}
